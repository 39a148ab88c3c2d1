// Every print or PDF leaves an audit entry through the core, with the window's own session.
import { describe, expect } from 'vitest';
import { call, callError } from '../fixtures/core.ts';
import { signedIn } from '../fixtures/premises.ts';
import { it } from '../fixtures/vault.ts';

type Row = { action: string; user_id: string | null; record_id: string | null; detail: string };
const prints = (db: { prepare(sql: string): { all(): unknown[] } }) =>
  (
    db
      .prepare("SELECT action, user_id, record_id, detail FROM audit_log WHERE action = 'print' ORDER BY seq")
      .all() as Row[]
  ).map((r) => ({
    ...r,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));

describe('audit.recordPrint', () => {
  it('records what was printed, for which period, names or codes, and where to', async ({ vault }) => {
    const staff = await signedIn(vault.core, vault.client, 'sara', 'staff');
    await call(staff, 'audit.recordPrint', {
      what: 'bedBoard',
      period: '2026-03-10',
      codesOnly: true,
      output: 'printer',
    });
    await call(vault.client, 'audit.recordPrint', {
      what: 'occupancyReport',
      period: '2026-03-01/2026-03-31',
      codesOnly: false,
      output: 'pdf',
      fileName: 'march.pdf',
    });
    const rows = prints(vault.db);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      user_id: staff.session!.userId,
      detail: { what: 'bedBoard', period: '2026-03-10', codesOnly: true, output: 'printer' },
    });
    expect(rows[1]).toMatchObject({
      user_id: vault.client.session!.userId,
      detail: { what: 'occupancyReport', output: 'pdf', fileName: 'march.pdf' },
    });
  });

  it('refuses a locked window and bad input, recording nothing', async ({ vault }) => {
    expect(
      await callError(vault.client, 'audit.recordPrint', {
        what: '../x',
        period: '2026',
        codesOnly: false,
        output: 'printer',
      }),
    ).toMatchObject({
      code: 'VALIDATION',
    });
    expect(
      await callError(vault.client, 'audit.recordPrint', {
        what: 'bedBoard',
        period: '2026',
        codesOnly: false,
        output: 'fax',
      }),
    ).toMatchObject({
      code: 'VALIDATION',
    });
    const staff = await signedIn(vault.core, vault.client, 'sara', 'staff');
    await call(staff, 'session.lock', {});
    expect(
      await callError(staff, 'audit.recordPrint', {
        what: 'bedBoard',
        period: '2026',
        codesOnly: false,
        output: 'printer',
      }),
    ).toMatchObject({
      code: 'NO_SESSION',
    });
    expect(prints(vault.db)).toEqual([]);
  });
});
