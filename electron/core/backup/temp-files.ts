import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';

// A backup is written under a temporary name and renamed once verified. A crash or a pulled drive
// mid-write leaves that file (and maybe its journal) behind; the next backup of the same install to
// the same folder removes it. The name carries a tag of the install, so that a temporary file of
// another install (another office PC backing up to the same drive, maybe right now) is never
// touched, nor any file that is not exactly of this form.

/** Eight hex digits standing for the install: a one-way tag, so the name does not show the id. */
function installTag(installId: string): string {
  return createHash('sha256').update(`haven-backup-temp:${installId}`).digest('hex').slice(0, 8);
}

/** `.haven-<install tag>-<12 random hex>.havenbak.tmp`, hidden on Linux and macOS. */
export function tempBackupName(installId: string): string {
  return `.haven-${installTag(installId)}-${randomBytes(6).toString('hex')}.havenbak.tmp`;
}

function tempPattern(installId: string): RegExp {
  return new RegExp(`^\\.haven-${installTag(installId)}-[0-9a-f]{12}\\.havenbak\\.tmp(-journal)?$`);
}

/**
 * Removes this install's temporary backup files (and their journals) left in `dir` by a job that
 * never finished, except `keep` (the name the current job is about to write). Only called inside
 * the core's one backup job, so none of them can belong to a job still running. Returns the names
 * removed; a file that cannot be removed is left for the next backup.
 */
export function removeStaleTemps(dir: string, installId: string, keep: string): string[] {
  const ours = tempPattern(installId);
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!ours.test(name) || name === keep || name === `${keep}-journal`) continue;
    try {
      rmSync(join(dir, name));
      removed.push(name);
    } catch {
      // In use or read-only: the backup itself does not depend on it.
    }
  }
  return removed.sort();
}
