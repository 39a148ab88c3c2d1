import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HandlerMap } from '../handler.ts';
import { auditedAs } from '../actor.ts';
import { writeTx } from '../db/tx.ts';
import { freeSpace, listDrives, sameDevice } from '../platform/drives.ts';
import { setSetting } from '../settings/queries.ts';
import { createBackup } from './create.ts';
import { inspectBackup, restoreBackup } from './restore.ts';
import { backupStatus, hasKeptPassphrase, keepCount, warnAfterDays } from './settings.ts';
import { currentJob } from './state.ts';

type BackupChannel =
  | 'backup.create'
  | 'backup.progress'
  | 'backup.inspect'
  | 'backup.restore'
  | 'backup.drives'
  | 'backup.folderInfo'
  | 'backup.status'
  | 'backup.setSettings';

export const backupHandlers: HandlerMap<BackupChannel> = {
  'backup.create': (input, { core, actor }) => createBackup(core, input, actor),

  'backup.progress': (_input, { core }) => currentJob(core),

  'backup.inspect': (input, { core }) => inspectBackup(core, input),

  'backup.restore': async (input, { core, actor }) => {
    await core.exclusive(() => restoreBackup(core, input, actor));
    return { ok: true as const };
  },

  'backup.drives': () => listDrives(),

  'backup.folderInfo': ({ path }, { core }) => {
    const dir = resolve(path);
    const exists = existsSync(dir);
    return {
      exists,
      freeBytes: exists ? freeSpace(dir).freeBytes : null,
      systemDisk: exists && sameDevice(dir, core.dataDir),
    };
  },

  'backup.status': (_input, { db, now }) => {
    return backupStatus(db, now, hasKeptPassphrase(db));
  },

  'backup.setSettings': ({ keep, warnAfterDays: days }, { db, actor, now }) => {
    const from = { keep: keepCount(db), warnAfterDays: warnAfterDays(db) };
    writeTx(db, auditedAs(actor), (audit) => {
      setSetting(db, 'backup_keep', String(keep));
      setSetting(db, 'backup_warn_days', String(days));
      audit({
        action: 'backup.setSettings',
        recordType: 'setting',
        recordId: 'backup',
        detail: { from, to: { keep, warnAfterDays: days } },
      });
    });
    return backupStatus(db, now, hasKeptPassphrase(db));
  },
};
