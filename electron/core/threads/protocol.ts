// Messages between the core and a database thread (serve.ts). Plain data: they cross threads.
import type { AppErrorShape } from '../../../shared/errors.ts';

/** What a database thread starts with: the file, and a copy of the data key that it wipes once keyed. */
export interface DbThreadData {
  dbPath: string;
  key: Uint8Array;
}

export interface DbRequest {
  id: number;
  kind: string;
  input: unknown;
}

export type DbReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: AppErrorShape };
