import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DataFiles } from '../context.ts';
import { auditHeadSchema, fsyncDir, readVaultFile, writeFileAtomic, writeVaultFile } from '../vault/vault-file.ts';
import { currentJob } from './state.ts';

// The swap of a restore, and its recovery after a crash. The restored database is prepared in full
// beside the live one (haven.db.restore, fsync'd) before anything changes. The marker file
// restore.json is the commit point: without it, a leftover haven.db.restore is deleted and the old
// data stays; with it, the swap is finished (rename, then vault.json's audit head), whatever step
// the crash interrupted. Either way the app opens the old data or the restored data, never a mix.

export const RESTORE_FILE = 'haven.db.restore' as const;
export const MARKER_FILE = 'restore.json';

const markerSchema = z.object({ restoreFile: z.literal(RESTORE_FILE), auditHead: auditHeadSchema.nullable() });
export type RestoreMarker = z.infer<typeof markerSchema>;

const companions = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

export function writeMarker(files: DataFiles, marker: RestoreMarker): void {
  writeFileAtomic(join(files.dataDir, MARKER_FILE), `${JSON.stringify(marker)}\n`);
}

/** Removes a half-prepared restore that never reached its commit point. */
export function discardPrepared(files: DataFiles): void {
  const file = join(files.dataDir, RESTORE_FILE);
  for (const f of [file, ...companions(file)]) rmSync(f, { force: true });
}

/** The committed swap, first half: the prepared file becomes haven.db (if not already). */
export function swapFiles(files: DataFiles): void {
  const prepared = join(files.dataDir, RESTORE_FILE);
  if (!existsSync(prepared)) return;
  // The live database was closed cleanly before the marker was written, so its WAL holds nothing
  // more; a WAL left beside the new file would be replayed into it.
  for (const f of companions(files.dbPath)) rmSync(f, { force: true });
  renameSync(prepared, files.dbPath);
  fsyncDir(files.dataDir);
}

/** Second half: vault.json records the restored database's audit head, and the marker goes. */
export function finishSwap(files: DataFiles, marker: RestoreMarker): void {
  const { auditHead: _old, ...rest } = readVaultFile(files.vaultPath);
  writeVaultFile(files.vaultPath, marker.auditHead ? { ...rest, auditHead: marker.auditHead } : rest);
  rmSync(join(files.dataDir, MARKER_FILE), { force: true });
  fsyncDir(files.dataDir);
}

/** At start-up (the folder lock just taken): finish or undo a restore a crash interrupted. */
export function recoverInterruptedRestore(files: DataFiles): void {
  if (currentJob(files)?.kind === 'restore') return; // this process is in the middle of it
  const markerPath = join(files.dataDir, MARKER_FILE);
  if (existsSync(markerPath)) {
    let json: unknown = null;
    try {
      json = JSON.parse(readFileSync(markerPath, 'utf8'));
    } catch {
      // handled below as a marker that does not parse
    }
    const parsed = markerSchema.safeParse(json);
    // A marker that does not parse was never completely written (it is written atomically): no commit.
    if (parsed.success) {
      swapFiles(files);
      finishSwap(files, parsed.data);
      return;
    }
    rmSync(markerPath, { force: true });
  }
  if (existsSync(join(files.dataDir, RESTORE_FILE))) discardPrepared(files);
}
