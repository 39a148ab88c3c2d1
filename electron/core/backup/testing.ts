import type { BackupFault } from './jobs.ts';

/** The steps of a restore at which a crash test stops the process (tests/fixtures/child-core.ts). */
export type RestoreStep = 'prepared' | 'safetyCopied' | 'markerWritten' | 'swapped';

/** Test seams of the backup module; production passes none. */
export interface BackupTesting {
  fault?: BackupFault;
  atRestoreStep?: (step: RestoreStep) => Promise<void> | void;
}
