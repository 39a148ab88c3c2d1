import { join } from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import type { OccupancyReport, PeriodInput } from '../../../shared/reports.ts';
import type { OpenDatabase, SessionHolder } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { DbThread, type ThreadHost } from '../threads/db-thread.ts';
import { occupancyReport } from './service.ts';

/** Under Node it is worker.ts beside this file; the Electron build passes its bundled entry (main.ts). */
export const DEFAULT_REPORT_WORKER = join(import.meta.dirname, 'worker.ts');

/**
 * Histories of this many stays or more are reported on in the worker thread. A report reads every stay
 * ever recorded (residences reach back before any period), so its cost follows the history, not
 * the period: below this it takes a few milliseconds, and a thread's round trip would cost more.
 */
export const REPORTS_IN_WORKER_FROM = 2000;

export interface ReportHost extends ThreadHost, OpenDatabase {
  readonly reportWorker: string | URL;
  readonly reportsInWorkerFrom: number;
}

const threads = new WeakMap<ReportHost, DbThread>();

function threadOf(host: ReportHost): DbThread {
  let thread = threads.get(host);
  if (!thread?.alive) {
    thread = new DbThread(host.reportWorker, host);
    threads.set(host, thread);
  }
  return thread;
}

/** Stays ever recorded (rowids are not reused once the table has had rows: near enough, in one index step). */
const historySize = (host: ReportHost): number =>
  (prepared(host.database(), 'SELECT max(rowid) AS n FROM stays').get() as { n: number | null }).n ?? 0;

/** The occupancy report, computed off the main thread when the history is long. Same result either way. */
export async function occupancy(host: ReportHost, client: SessionHolder, input: PeriodInput): Promise<OccupancyReport> {
  if (historySize(host) < host.reportsInWorkerFrom) return occupancyReport(host.database(), input);
  const session = client.session;
  const report = await threadOf(host).request<OccupancyReport>('occupancy', input);
  // A window locked (or signed in as someone else) while the thread worked gets nothing: its screen was cleared.
  if (session === null || client.session !== session) {
    throw new AppError('NO_SESSION', 'The session ended before the report was ready; sign in again.');
  }
  return report;
}
