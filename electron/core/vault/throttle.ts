import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './vault-file.ts';

/** Failures in a row that are free; from the next one on, each try waits longer. */
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 60 * 60_000;

const stateSchema = z.object({ failures: z.number().int().min(0), lastFailureAt: z.iso.datetime().nullable() });
type ThrottleState = z.infer<typeof stateSchema>;

export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES), MAX_WAIT_MS);
}

/**
 * Failed logins in a row, kept in a small file beside the vault so that a restart does not reset
 * them. One counter for the whole install, not per username: trying many names gains nothing.
 */
export class LoginThrottle {
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  private read(): ThrottleState {
    if (!existsSync(this.path)) return { failures: 0, lastFailureAt: null };
    try {
      return stateSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      // A damaged file must not become a way to reset the counter: treat it as the worst case seen.
      return { failures: FREE_FAILURES, lastFailureAt: null };
    }
  }

  /** When the next try is allowed, or null when it is allowed now. */
  retryAt(now: Date): Date | null {
    const { failures, lastFailureAt } = this.read();
    const wait = waitAfter(failures);
    if (wait === 0 || lastFailureAt === null) return null;
    const at = new Date(Date.parse(lastFailureAt) + wait);
    return at > now ? at : null;
  }

  failed(now: Date): void {
    const { failures } = this.read();
    writeFileAtomic(this.path, JSON.stringify({ failures: failures + 1, lastFailureAt: now.toISOString() }));
  }

  /** Returns how many failures came before this success (for the audit log). */
  succeeded(): number {
    const { failures } = this.read();
    if (failures > 0) writeFileAtomic(this.path, JSON.stringify({ failures: 0, lastFailureAt: null }));
    return failures;
  }
}
