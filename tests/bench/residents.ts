// Residents domain at two sizes: demo vaults with 300 and 5,000 residents, read through the real
// core client with a signed-in session, and the list search the residents screen runs.
import { openCore, type Client, type Core } from '../../electron/core/index.ts';
import type { ChannelInput, ChannelOutput } from '../../shared/contract.ts';
import { localIsoDate } from '../../shared/dates.ts';
import { matchesSearch, searchKey } from '../../shared/search.ts';
import { createDemoVault, DEMO_ACCOUNTS } from '../../scripts/demo/vault.ts';
import { removeDir, tempDir, TEST_KDF_COST } from '../fixtures/core.ts';
import { median, ms, time } from './measure.ts';

const SIZES = [300, 5_000] as const;
const RUNS = 7;
const SEED = 1;
const PASSWORD = 'bench-password-2026';
const QUERIES = ['djordjevic', 'R-2024', 'ana', 'Ђорђевић'];

interface Vault {
  dir: string;
  core: Core;
  client: Client;
  generateMs: number;
  historyResident: { id: string; code: string; stays: number; changes: number };
  rows: ChannelOutput<'residents.list'>;
  /** One search key per list row, built as the residents list builds it (renderer/features/residents/list/rows.ts). */
  keys: string[];
}

async function invoke<C extends 'residents.list' | 'residents.get' | 'stays.board'>(
  client: Client,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const r = await client.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

/** The rows a query keeps, the way the residents list filters them: the query normalised once per pass. */
function search(keys: string[], query: string): number {
  const q = searchKey(query);
  return keys.filter((k) => matchesSearch(k, q)).length;
}

function rowKeys(rows: ChannelOutput<'residents.list'>): string[] {
  return rows.map((r) => searchKey([r.code, r.givenName, r.familyName, r.alias].join(' ')));
}

// Cheap scrypt: this section is about the residents domain; the login bench above covers the KDF.
async function openVault(residents: number): Promise<Vault> {
  const dir = tempDir();
  let core: Core | null = null;
  try {
    const generateMs = await time(() =>
      createDemoVault({ dataDir: dir, password: PASSWORD, seed: SEED, residents, kdfCost: TEST_KDF_COST }),
    );
    core = openCore({ dataDir: dir, kdfCost: TEST_KDF_COST });
    const client = core.connect();
    const login = await client.invoke('session.login', { username: DEMO_ACCOUNTS.staff, password: PASSWORD });
    if (!login.ok) throw new Error(`login failed: ${login.error.code} ${login.error.message}`);
    const historyResident = core
      .database()
      .prepare(
        `SELECT id, code,
           (SELECT count(*) FROM stays s WHERE s.resident_id = r.id) AS stays,
           (SELECT count(*) FROM resident_changes c WHERE c.resident_id = r.id) AS changes
         FROM residents r ORDER BY stays + changes DESC, code LIMIT 1`,
      )
      .get() as Vault['historyResident'];
    const rows = await invoke(client, 'residents.list', {});
    return { dir, core, client, generateMs, historyResident, rows, keys: rowKeys(rows) };
  } catch (e) {
    core?.close();
    removeDir(dir);
    throw e;
  }
}

type Step = { name: string; run: (v: Vault) => unknown };

function steps(today: string): Step[] {
  return [
    { name: 'residents.list', run: (v) => invoke(v.client, 'residents.list', {}) },
    { name: 'stays.board (today)', run: (v) => invoke(v.client, 'stays.board', { date: today }) },
    {
      name: 'residents.get (most history)',
      run: (v) => invoke(v.client, 'residents.get', { id: v.historyResident.id }),
    },
    { name: 'searchKey for every row', run: (v) => rowKeys(v.rows) },
    ...QUERIES.map((q) => ({ name: `search '${q}'`, run: (v: Vault) => search(v.keys, q) })),
  ];
}

function row(name: string, small: number | string, large: number | string, ratio: string): string {
  const cell = (x: number | string) => (typeof x === 'number' ? ms(x) : x).padStart(12);
  return `  ${name.padEnd(30)} ${cell(small)} ${cell(large)} ${ratio.padStart(8)}`;
}

export async function residentsBench(): Promise<void> {
  const vaults: Vault[] = [];
  try {
    for (const n of SIZES) vaults.push(await openVault(n));
    const today = localIsoDate(new Date());
    const [small, large] = vaults as [Vault, Vault];
    const results: { name: string; times: [number[], number[]] }[] = [];
    for (const step of steps(today)) {
      const times: [number[], number[]] = [[], []];
      for (const v of vaults) await step.run(v); // warm-up: statement cache, JIT
      for (let round = 0; round < RUNS; round++) {
        // Alternate which goes first so that caches favour neither.
        const order = round % 2 ? [1, 0] : [0, 1];
        for (const i of order) times[i]!.push(await time(() => step.run(vaults[i]!)));
      }
      results.push({ name: step.name, times });
    }

    console.log(
      `\nResidents domain, demo vaults (seed ${SEED}) through client.invoke as '${DEMO_ACCOUNTS.staff}', median of ${RUNS}:`,
    );
    console.log(row('step', `${SIZES[0]} res.`, `${SIZES[1]} res.`, 'ratio'));
    console.log(
      row(
        'list rows',
        String(small.keys.length),
        String(large.keys.length),
        `${(large.keys.length / small.keys.length).toFixed(1)}×`,
      ),
    );
    console.log(
      row(
        'generate vault (1 run)',
        small.generateMs,
        large.generateMs,
        `${(large.generateMs / small.generateMs).toFixed(1)}×`,
      ),
    );
    for (const { name, times } of results) {
      const a = median(times[0]);
      const b = median(times[1]);
      console.log(row(name, a, b, `${(b / a).toFixed(1)}×`));
    }
    const matches = QUERIES.map((q) => `'${q}' ${vaults.map((v) => search(v.keys, q)).join('/')}`);
    console.log(`  matches (${SIZES.join('/')}): ${matches.join(', ')}`);
    const h = (v: Vault) =>
      `${v.historyResident.code} (${v.historyResident.stays} stays, ${v.historyResident.changes} changes)`;
    console.log(`  resident with most history: ${h(small)} / ${h(large)}`);
  } finally {
    for (const v of vaults) {
      v.core.close();
      removeDir(v.dir);
    }
  }
}
