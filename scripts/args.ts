import { parseArgs } from 'node:util';

/** `--name value` options of a script; unknown options are an error that says what is allowed. */
export function scriptOptions<K extends string>(names: readonly K[], usage: string): Partial<Record<K, string>> {
  try {
    const { values } = parseArgs({
      options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<K, string>>;
  } catch (e) {
    console.error(`${(e as Error).message}\nUsage: ${usage}`);
    process.exit(2);
  }
}
