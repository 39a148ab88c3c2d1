import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers.ts';
import { mergeHandlerMaps } from '../../electron/core/merge-handlers.ts';
import type { HandlerMap } from '../../electron/core/handler.ts';
import { contract } from '../../shared/contract.ts';

const CORE = resolve('electron/core');

/** The modules a file loads at run time: `import type` / `export type` are erased, anything else is kept (verbatimModuleSyntax). */
const importsOf = new Map<string, string[]>();
function runtimeImports(file: string): string[] {
  const known = importsOf.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  for (const node of source.statements) {
    let spec: ts.Expression | undefined;
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) spec = node.moduleSpecifier;
    if (ts.isExportDeclaration(node) && !node.isTypeOnly) spec = node.moduleSpecifier;
    if (spec && ts.isStringLiteral(spec) && spec.text.startsWith('.') && spec.text.endsWith('.ts'))
      out.push(resolve(dirname(file), spec.text));
  }
  importsOf.set(file, out);
  return out;
}

function coreFiles(dir = CORE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? coreFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function reachable(from: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of runtimeImports(file)) walk(next);
  };
  walk(from);
  return seen;
}

describe('import graph of the core', () => {
  it('core.ts loads without dispatch.ts or any handler', () => {
    const loaded = [...reachable(join(CORE, 'core.ts'))].map((f) => relative(CORE, f));
    expect(loaded).not.toContain('dispatch.ts');
    expect(loaded.filter((f) => f.endsWith('handlers.ts'))).toEqual([]);
  });

  it('has no runtime import circle anywhere', () => {
    const circles: string[] = [];
    for (const file of coreFiles()) {
      for (const next of runtimeImports(file)) {
        if (reachable(next).has(file)) circles.push(`${relative(CORE, file)} → ${relative(CORE, next)}`);
      }
    }
    expect(circles).toEqual([]);
  });

  it('the walker sees a real import (it can fail)', () => {
    expect([...reachable(join(CORE, 'index.ts'))].map((f) => relative(CORE, f))).toContain('dispatch.ts');
  });
});

describe('mergeHandlerMaps', () => {
  const status: HandlerMap<'vault.status'> = { 'vault.status': handlers['vault.status'] };
  const current: HandlerMap<'session.current'> = { 'session.current': handlers['session.current'] };

  it('joins disjoint maps', () => {
    const merged = mergeHandlerMaps(status, current);
    expect(Object.keys(merged).sort()).toEqual(['session.current', 'vault.status']);
    expect(merged['vault.status']).toBe(handlers['vault.status']);
  });

  it('throws naming a channel two maps define', () => {
    const again: HandlerMap<'vault.status'> = { 'vault.status': () => handlers['vault.status'] as never };
    expect(() => mergeHandlerMaps(status, current, again)).toThrow(/vault\.status/);
  });

  it('the real map has exactly the contract channels', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });
});
