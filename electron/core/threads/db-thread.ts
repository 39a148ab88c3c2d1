import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors.ts';
import type { DbReply, DbRequest, DbThreadData } from './protocol.ts';

/** What a database thread needs from the core: the file, the held key, and word when the database closes. */
export interface ThreadHost {
  readonly dbPath: string;
  /** The data key while the database is open; NO_SESSION otherwise. */
  heldDataKey(): Buffer;
  /** Runs `stop` when the database closes (lock of the last session, restore, close). */
  whenDatabaseCloses(stop: () => void): void;
}

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: AppError) => void;
}

/**
 * A worker thread with its own read-only connection to the open database, kept while the database
 * is open (starting one costs far more than a report), so that slow reads never hold up the
 * window. It lives no longer than the core's own connection: closing the database ends it, and
 * whatever it was still computing answers NO_SESSION.
 */
export class DbThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private next = 1;
  private ended: AppError | null = null;

  constructor(entry: string | URL, host: ThreadHost) {
    // The key's bytes go to the thread by structured clone; this intermediate copy is wiped at once.
    const key = new Uint8Array(host.heldDataKey());
    try {
      this.worker = new Worker(entry, { workerData: { dbPath: host.dbPath, key } satisfies DbThreadData });
    } finally {
      key.fill(0);
    }
    this.worker.unref(); // an idle thread keeps no process alive; a request holds it (ref) until answered
    this.worker.on('message', (reply: DbReply) => {
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.settled(reply.id);
      if (reply.ok) w.resolve(reply.value);
      else w.reject(new AppError(reply.error.code, reply.error.message));
    });
    this.worker.on('error', (e) => this.end(new AppError('INTERNAL', `The worker thread stopped: ${e.message}`)));
    this.worker.on('exit', (code) => this.end(new AppError('INTERNAL', `The worker thread exited (${code}).`)));
    host.whenDatabaseCloses(() => this.close());
  }

  /** False once it stopped (closed, crashed): the owner starts another. */
  get alive(): boolean {
    return this.ended === null;
  }

  request<T>(kind: string, input: unknown): Promise<T> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.ref();
      this.worker.postMessage({ id, kind, input } satisfies DbRequest);
    });
  }

  /** The database closed: what is in flight answers NO_SESSION and the thread (its key, its connection) goes. */
  close(): void {
    this.end(new AppError('NO_SESSION', 'The database was locked before the answer was ready.'));
    void this.worker.terminate();
  }

  private settled(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
  }

  private end(why: AppError): void {
    if (this.ended) return;
    this.ended = why;
    for (const w of this.waiting.values()) w.reject(why);
    this.waiting.clear();
  }
}
