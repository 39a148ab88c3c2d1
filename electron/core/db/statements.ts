import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection.ts';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The statement for this SQL on this connection, compiled once: services run the same few queries
 * over and over, and compiling costs more than running them. Only for get/all/run (an iterating
 * statement is busy until it finishes).
 */
export function prepared(db: Db, source: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(source);
  if (!statement) {
    statement = db.prepare(source);
    statements.set(source, statement);
  }
  return statement;
}
