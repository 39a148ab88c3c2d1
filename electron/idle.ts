// The OS idle-time rule, without Electron: main.ts polls powerMonitor.getSystemIdleTime() and asks
// this whether to lock. Tested in tests/unit/os-idle.test.ts.

/** How often main.ts looks at the OS idle time and at sessions that ended on their own. */
export const OS_IDLE_POLL_MS = 30_000;

/**
 * True when nobody has touched the computer (any application) for more than the idle-lock
 * minutes. `idleMinutes` is null while no one is signed in: nothing to lock.
 */
export function osIdleLockDue(systemIdleSeconds: number, idleMinutes: number | null): boolean {
  if (idleMinutes === null || !Number.isFinite(systemIdleSeconds)) return false;
  return systemIdleSeconds > idleMinutes * 60;
}
