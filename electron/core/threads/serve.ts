// The worker-thread side of a database thread (db-thread.ts): its own read-only connection, opened
// with the data key that came in workerData and wiped as soon as the database is keyed, then one
// request at a time, each in one read transaction (one snapshot, whatever the core writes meanwhile).
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type AppErrorShape } from '../../../shared/errors.ts';
import { openDatabaseReadOnly, type Db } from '../db/connection.ts';
import type { DbReply, DbRequest, DbThreadData } from './protocol.ts';

export type ThreadHandlers = Record<string, (db: Db, input: never) => unknown>;

const shape = (e: unknown): AppErrorShape =>
  e instanceof AppError ? e.toShape() : { code: 'INTERNAL', message: `Worker thread failed: ${(e as Error).message}` };

export function serveDatabase(handlers: ThreadHandlers): void {
  const { dbPath, key } = workerData as DbThreadData;
  let db: Db | null = null;
  let openFailed: AppErrorShape | null = null;
  try {
    db = openDatabaseReadOnly(dbPath, key);
  } catch (e) {
    openFailed = shape(e);
  } finally {
    key.fill(0);
  }
  parentPort!.on('message', ({ id, kind, input }: DbRequest) => {
    let reply: DbReply;
    try {
      if (!db) throw new AppError(openFailed!.code, openFailed!.message);
      const handler = handlers[kind];
      if (!handler) throw new AppError('INTERNAL', `No thread handler ${kind}`);
      const open = db;
      reply = { id, ok: true, value: open.transaction(() => handler(open, input as never))() };
    } catch (e) {
      reply = { id, ok: false, error: shape(e) };
    }
    parentPort!.postMessage(reply);
  });
}
