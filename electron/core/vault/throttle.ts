import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './vault-file.ts';

/** Failures in a row for one name that are free; from the next one on, each try waits longer. */
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 60 * 60_000;

/**
 * Against password spraying (a few guesses at each of many names): this many failures across all
 * names within the window stop every login until the oldest of them is older than the window.
 */
export const INSTALL_CEILING = 20;
export const INSTALL_WINDOW_MS = 15 * 60_000;

/** Names remembered at most, so that typing ever new names cannot grow the file without limit. */
export const MAX_NAMES = 100;

const entrySchema = z.object({ failures: z.number().int().min(0), lastFailureAt: z.iso.datetime().nullable() });
type Entry = z.infer<typeof entrySchema>;

const stateSchema = z.object({
  version: z.literal(2),
  /** Failures assumed for a name not listed: above zero once a damaged file has been replaced. */
  floor: z.number().int().min(0),
  names: z.record(z.string(), entrySchema),
  /** Times of the latest failures of any name, for the install ceiling. */
  recent: z.array(z.iso.datetime()),
});
type ThrottleState = z.infer<typeof stateSchema>;

export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES), MAX_WAIT_MS);
}

/**
 * Failed logins, kept in a small file beside the vault so that a restart does not reset them.
 * Counted per typed username (known or not), so that one person's typos never lock out the others
 * on a shared PC, with an install-wide ceiling so that trying many names gains nothing.
 */
export class LoginThrottle {
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  private read(): ThrottleState {
    if (!existsSync(this.path)) return { version: 2, floor: 0, names: {}, recent: [] };
    try {
      return stateSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      // A damaged (or older-format) file must not become a way to reset the counters: every name
      // is taken to be at the last free failure, as if it had been tried that often.
      return { version: 2, floor: FREE_FAILURES, names: {}, recent: [] };
    }
  }

  private write(state: ThrottleState): void {
    writeFileAtomic(this.path, JSON.stringify(state));
  }

  /**
   * When the next try for this username is allowed, or null when it is allowed now. Without a
   * username, only the install-wide ceiling is asked about.
   */
  retryAt(username: string | null, now: Date): Date | null {
    const state = this.read();
    const times = [installRetryAt(state.recent, now)];
    if (username !== null) times.push(nameRetryAt(entryOf(state, username), now));
    const latest = Math.max(...times.map((t) => t?.getTime() ?? 0));
    return latest > now.getTime() ? new Date(latest) : null;
  }

  failed(username: string, now: Date): void {
    const state = this.read();
    const entry = entryOf(state, username);
    state.names[username] = { failures: entry.failures + 1, lastFailureAt: now.toISOString() };
    const since = now.getTime() - INSTALL_WINDOW_MS;
    state.recent = [...state.recent.filter((t) => Date.parse(t) > since), now.toISOString()].slice(-INSTALL_CEILING);
    forgetBeyondLimit(state, username);
    this.write(state);
  }

  /** Failed tries under this name since its last success (for the Users page). */
  failuresOf(username: string): number {
    const state = this.read();
    return Object.hasOwn(state.names, username) ? state.names[username]!.failures : 0;
  }

  /** Clears this name's counter; returns how many failures came before this success (for the audit log). */
  succeeded(username: string): number {
    const state = this.read();
    const { failures } = entryOf(state, username);
    const listed = Object.hasOwn(state.names, username);
    if (state.floor > 0) state.names[username] = { failures: 0, lastFailureAt: null };
    else delete state.names[username];
    if (failures > 0 || listed) this.write(state);
    return failures;
  }
}

function entryOf(state: ThrottleState, username: string): Entry {
  return Object.hasOwn(state.names, username) ? state.names[username]! : { failures: state.floor, lastFailureAt: null };
}

function nameRetryAt({ failures, lastFailureAt }: Entry, now: Date): Date | null {
  const wait = waitAfter(failures);
  if (wait === 0 || lastFailureAt === null) return null;
  const at = new Date(Date.parse(lastFailureAt) + wait);
  return at > now ? at : null;
}

function installRetryAt(recent: string[], now: Date): Date | null {
  const since = now.getTime() - INSTALL_WINDOW_MS;
  const inWindow = recent
    .map(Date.parse)
    .filter((t) => t > since)
    .sort((a, b) => a - b);
  if (inWindow.length < INSTALL_CEILING) return null;
  // Allowed again once enough of them have left the window to fall below the ceiling.
  const at = new Date(inWindow[inWindow.length - INSTALL_CEILING]! + INSTALL_WINDOW_MS);
  return at > now ? at : null;
}

/**
 * Keeps at most MAX_NAMES names, dropping those with the fewest failures first (then the oldest):
 * flooding the file with new names cannot push out the counter of a name under attack.
 */
function forgetBeyondLimit(state: ThrottleState, keep: string): void {
  const names = Object.keys(state.names);
  if (names.length <= MAX_NAMES) return;
  const candidates = names
    .filter((n) => n !== keep)
    .map((n) => ({ n, ...state.names[n]! }))
    .sort((a, b) => a.failures - b.failures || (a.lastFailureAt ?? '').localeCompare(b.lastFailureAt ?? ''));
  for (const { n } of candidates.slice(0, names.length - MAX_NAMES)) delete state.names[n];
}
