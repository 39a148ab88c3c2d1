import { writeTx } from '../db/tx.ts';
import type { HandlerMap } from '../handler.ts';
import { auditHeadOf, readVaultFile } from '../vault/vault-file.ts';
import { auditCsv } from './csv.ts';
import { auditPage, auditUsers, distinctActions, recordReaders } from './queries.ts';
import { verifyChain } from './verify.ts';

type AuditChannel = 'audit.list' | 'audit.filterOptions' | 'audit.verify' | 'audit.exportCsv' | 'audit.recordReaders';

export const auditHandlers: HandlerMap<AuditChannel> = {
  'audit.list': ({ filters, before, limit }, { db }) => auditPage(db, filters, before, limit),

  'audit.filterOptions': (_input, { db }) => ({ users: auditUsers(db), actions: distinctActions(db) }),

  /** Chunked on the main thread, yielding between chunks (see verify.ts); the check itself is audited. */
  'audit.verify': async (_input, { core, db, actor }) => {
    const result = await verifyChain(db, auditHeadOf(readVaultFile(core.vaultPath)));
    writeTx(db, { at: actor.now, userId: actor.userId }, (audit) =>
      audit({
        action: 'audit.verify',
        detail: { ok: result.ok, entries: result.entries, firstBroken: result.firstBroken },
      }),
    );
    return result;
  },

  /** Built in the transaction of its own audit row: the export and its record land together. */
  'audit.exportCsv': ({ filters }, { db, actor }) =>
    writeTx(db, { at: actor.now, userId: actor.userId }, (audit) => {
      const out = auditCsv(db, filters);
      audit({ action: 'audit.exportCsv', detail: { filters, rows: out.rows, truncated: out.truncated } });
      return out;
    }),

  'audit.recordReaders': ({ residentId }, { db }) => recordReaders(db, residentId),
};
