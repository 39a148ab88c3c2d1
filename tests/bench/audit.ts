// The audit log at size: a vault whose log holds 200,000 entries (AUDIT_BENCH_ROWS to change it),
// paged and filtered through the real client, and verified. Prints costs and ratios; never asserted.
import { appendAudit } from '../../electron/core/audit/log.ts';
import { verifyChain } from '../../electron/core/audit/verify.ts';
import { openCore } from '../../electron/core/index.ts';
import { auditHeadOf, readVaultFile } from '../../electron/core/vault/vault-file.ts';
import type { ChannelInput } from '../../shared/contract.ts';
import { ADMIN, removeDir, tempDir, TEST_KDF_COST } from '../fixtures/core.ts';
import { residentInput } from '../fixtures/premises.ts';
import { median, ms, time } from './measure.ts';

const ROWS = Number(process.env.AUDIT_BENCH_ROWS ?? 200_000);
const RUNS = 7;
const ACTIONS = [
  'residents.read',
  'residents.read',
  'residents.read',
  'residents.update',
  'stays.admit',
  'session.login',
  'session.lock',
  'residents.revealName',
];

export async function auditBench(): Promise<void> {
  const dir = tempDir();
  const core = openCore({ dataDir: dir, kdfCost: TEST_KDF_COST, clock: () => new Date('2026-12-31T12:00:00Z') });
  try {
    const client = core.connect();
    const setup = await client.invoke('vault.setup', ADMIN);
    if (!setup.ok) throw new Error(setup.error.message);
    const userId = client.session!.userId;
    const residents: string[] = [];
    for (let i = 0; i < 50; i++) {
      const r = await client.invoke('residents.create', {
        fields: residentInput({ givenName: `Bench${i}`, referralDate: '2026-01-01', consentGivenOn: '2026-01-01' }),
      });
      if (!r.ok) throw new Error(r.error.message);
      residents.push((r.value as { id: string }).id);
    }
    const db = core.database();
    const start = Date.parse('2026-01-01T08:00:00Z');
    const step = Math.floor((365 * 24 * 3600_000) / ROWS);
    const fill = await time(() => {
      for (let done = 0; done < ROWS;) {
        db.transaction(() => {
          for (let j = 0; j < 10_000 && done < ROWS; j++, done++) {
            const action = ACTIONS[done % ACTIONS.length]!;
            appendAudit(db, new Date(start + done * step), done % 7 === 0 ? null : userId, {
              action,
              recordType: 'resident',
              recordId: residents[done % residents.length]!,
              detail: action === 'residents.update' ? { fields: ['riskLevel'] } : {},
            });
          }
        })();
      }
    });
    console.log(`\nAudit log with ${ROWS.toLocaleString('en')} entries (filled in ${ms(fill)}), median of ${RUNS}:`);

    const list = async (input: ChannelInput<'audit.list'>) => {
      const r = await client.invoke('audit.list', input);
      if (!r.ok) throw new Error(r.error.message);
    };
    const cases: [string, ChannelInput<'audit.list'>][] = [
      ['first page (200), no filter', { filters: {}, limit: 200 }],
      ['page in the middle (keyset)', { filters: {}, limit: 200, before: Math.floor(ROWS / 2) }],
      ['filter: one action', { filters: { action: 'residents.update' }, limit: 200 }],
      ['filter: action domain', { filters: { action: 'stays.*' }, limit: 200 }],
      ['filter: one resident', { filters: { residentId: residents[3]! }, limit: 200 }],
      ['filter: one day in spring', { filters: { from: '2026-04-15', to: '2026-04-15' }, limit: 200 }],
      [
        'filter: resident + period',
        { filters: { residentId: residents[3]!, from: '2026-03-01', to: '2026-05-31' }, limit: 200 },
      ],
    ];
    const page: number[] = [];
    for (const [name, input] of cases) {
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await time(() => list(input)));
      const m = median(runs);
      page.push(m);
      console.log(`  audit.list ${name.padEnd(30)} ${ms(m).padStart(10)}`);
    }

    const head = auditHeadOf(readVaultFile(core.vaultPath));
    const slices: number[] = [];
    let last = performance.now();
    const pause = () => {
      const now = performance.now();
      slices.push(now - last);
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          last = performance.now();
          resolve();
        }),
      );
    };
    const verify = await time(() => verifyChain(db, head, pause));
    slices.push(performance.now() - last);
    const longest = Math.max(...slices);
    const firstPage = page[0]!;
    console.log(
      `  audit.verify whole log                 ${ms(verify).padStart(10)}  (${(verify / firstPage).toFixed(0)}× a first page)`,
    );
    console.log(
      `    in ${slices.length} slices; longest the event loop waited: ${ms(longest)} (median slice ${ms(median(slices))})`,
    );
    const csv = await time(async () => {
      const r = await client.invoke('audit.exportCsv', { filters: { action: 'residents.update' } });
      if (!r.ok) throw new Error(r.error.message);
    });
    console.log(
      `  audit.exportCsv one action (${Math.ceil(ROWS / ACTIONS.length).toLocaleString('en')} rows)  ${ms(csv).padStart(10)}`,
    );
  } finally {
    core.close();
    removeDir(dir);
  }
}
