import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`),
  );
}

/** Plural forms differ by language (Serbian has `_few`); compare the base keys. */
function baseKeys(tree: Tree): Set<string> {
  return new Set(flatten(tree).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
}

const load = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Tree;

// The core catalog and every feature's own catalog, merged as renderer/i18n/index.ts does.
function catalog(language: string): Tree {
  const merged = load(`renderer/i18n/${language}.json`);
  for (const feature of readdirSync('renderer/features')) {
    const dir = join('renderer/features', feature, 'i18n');
    try {
      merged[feature] = load(join(dir, `${language}.json`));
    } catch {
      // a feature without strings of its own
    }
  }
  return merged;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('translations', () => {
  const en = catalog('en');
  const sr = catalog('sr-Latn');

  it('English and Serbian (Latin) have the same keys', () => {
    const a = baseKeys(en);
    const b = baseKeys(sr);
    expect(
      [...a].filter((k) => !b.has(k)),
      'missing in sr-Latn',
    ).toEqual([]);
    expect(
      [...b].filter((k) => !a.has(k)),
      'missing in en',
    ).toEqual([]);
  });

  it('has no empty strings', () => {
    for (const [name, tree] of [
      ['en', en],
      ['sr-Latn', sr],
    ] as const) {
      const walk = (t: Tree, p: string): string[] =>
        Object.entries(t).flatMap(([k, v]) =>
          typeof v === 'string' ? (v.trim() ? [] : [`${p}${k}`]) : walk(v, `${p}${k}.`),
        );
      expect(walk(tree, ''), name).toEqual([]);
    }
  });

  it('every literal key used in the renderer exists', () => {
    const keys = baseKeys(en);
    const missing: string[] = [];
    for (const file of sourceFiles('renderer')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        const key = m[1]!;
        if (!keys.has(key) && ![...keys].some((k) => k.startsWith(`${key}.`))) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every validation key the shared schemas use is translated', () => {
    const keys = baseKeys(en);
    const missing: string[] = [];
    for (const file of sourceFiles('shared').concat(sourceFiles('electron/core'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(validation\.[a-zA-Z]+)'/g)) {
        if (!keys.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
