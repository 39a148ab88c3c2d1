// Serbian wording (issue 11): no "Upućen/a" slash forms, and one word for leaving (odlazak/otići).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };
const strings = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : strings(v, `${prefix}${k}.`),
  );

function serbian(): [string, string][] {
  const files = ['renderer/i18n/sr-Latn.json'];
  for (const f of readdirSync('renderer/features')) files.push(join('renderer/features', f, 'i18n', 'sr-Latn.json'));
  return files.flatMap((file) => {
    try {
      return strings(JSON.parse(readFileSync(file, 'utf8')) as Tree, `${file}: `);
    } catch {
      return [];
    }
  });
}

describe('Serbian wording', () => {
  const all = serbian();

  it('has no slash forms for a masculine/feminine pair', () => {
    expect(all.filter(([, v]) => /\p{L}\/(a|la|ica|ka|e)\b/u.test(v))).toEqual([]);
  });

  it('says odlazak/otići for a resident leaving, never izlazak or napuštanje', () => {
    expect(all.filter(([, v]) => /izlaz|izlask|napu[sš]t/i.test(v))).toEqual([]);
  });

  it('says prizemlje for floor 0', () => {
    const ground = all.filter(([k]) => /\.ground$|roomOnGround$/.test(k));
    expect(ground.length).toBeGreaterThanOrEqual(3);
    expect(ground.filter(([, v]) => !/prizemlje/i.test(v))).toEqual([]);
  });
});
