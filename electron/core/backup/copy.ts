import type Database from 'better-sqlite3-multiple-ciphers';
import { META_TABLE, sqlName } from './format.ts';

// Copies every table of the attached schema `src` into the connection's main database, the way
// SQLCipher's sqlcipher_export() and VACUUM do (the driver here lacks the first; the second cannot
// change the key): tables and indexes first, then the rows, then triggers and views, so that
// triggers do not fire on the copied rows. Into an empty table with its indexes in place,
// `INSERT INTO t SELECT * FROM src.t` is SQLite's transfer optimisation: table and index b-tree
// records are copied as they are, in order, instead of being decoded, re-encoded and sorted again.
// Rowids are kept, so the copy equals the source row for row. Runs inside the caller's
// transaction: with the source read in that same transaction, the copy is one consistent snapshot.

type Db = Database.Database;

interface SchemaRow {
  type: 'table' | 'index' | 'trigger' | 'view';
  name: string;
  tbl_name: string;
  sql: string | null;
}

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
  hidden: number;
}

/** The tables whose rows a backup holds: every table but SQLite's own and the metadata table. */
export function dataTables(db: Db, schema: string): string[] {
  const rows = db
    .prepare(
      `SELECT name, sql FROM ${sqlName(schema)}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all() as { name: string; sql: string }[];
  return rows.filter((r) => r.name !== META_TABLE && !/^CREATE\s+VIRTUAL/i.test(r.sql)).map((r) => r.name);
}

export function rowCounts(db: Db, schema: string, tables: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t] = (db.prepare(`SELECT count(*) AS n FROM ${sqlName(schema)}.${sqlName(t)}`).get() as { n: number }).n;
  }
  return counts;
}

function copyRows(db: Db, table: string): void {
  const info = db.prepare(`PRAGMA src.table_xinfo(${sqlName(table)})`).all() as ColumnInfo[];
  const schemaSql = (db.prepare(`SELECT sql FROM src.sqlite_master WHERE name = ?`).get(table) as { sql: string }).sql;
  const hasIndex = db.prepare(`SELECT 1 FROM src.sqlite_master WHERE type = 'index' AND tbl_name = ?`).get(table);
  const pks = info.filter((c) => c.pk > 0);
  const rowidAlias = pks.length === 1 && pks[0]!.type.toUpperCase() === 'INTEGER';
  const withRowid = !rowidAlias && !/\bWITHOUT\s+ROWID\b/i.test(schemaSql);
  const target = sqlName(table);
  // A virtual table's shadow tables come with rows of their own (fts5 config): replace them.
  db.exec(`DELETE FROM main.${target}`);
  // The transfer keeps rowids except in a rowid table with neither an INTEGER PRIMARY KEY nor an
  // index (it numbers rows afresh there): such a table names its rowid, row by row.
  if (!withRowid || hasIndex) {
    db.exec(`INSERT INTO main.${target} SELECT * FROM src.${target}`);
    return;
  }
  // Generated columns (hidden 2 and 3) are computed, never inserted.
  const columns = info.filter((c) => c.hidden === 0).map((c) => sqlName(c.name));
  const list = ['rowid', ...columns].join(', ');
  db.exec(`INSERT INTO main.${target} (${list}) SELECT ${list} FROM src.${target}`);
}

/**
 * Copies schema and rows of `src` into main. `onTable` is told after each table (progress).
 * Returns the tables copied, in order.
 */
export function copyDatabase(db: Db, onTable: (done: number, total: number) => void = () => {}): string[] {
  const schema = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM src.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'`,
    )
    .all() as SchemaRow[];
  const keep = (r: SchemaRow) => r.name !== META_TABLE && r.tbl_name !== META_TABLE;
  const existing = () =>
    new Set(
      (db.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
  // Virtual tables first: they create their shadow tables, which must then not be created again.
  const tables = schema.filter((r) => r.type === 'table' && keep(r));
  for (const t of tables.filter((r) => /^CREATE\s+VIRTUAL/i.test(r.sql!))) db.exec(t.sql!);
  const made = existing();
  for (const t of tables) if (!made.has(t.name)) db.exec(t.sql!);
  for (const r of schema) if (r.type === 'index' && keep(r)) db.exec(r.sql!);
  const names = dataTables(db, 'src').filter((n) => n !== META_TABLE);
  names.forEach((name, i) => {
    copyRows(db, name);
    onTable(i + 1, names.length);
  });
  // AUTOINCREMENT counters, when any table uses them.
  const hasSeq = (schemaName: string) =>
    db.prepare(`SELECT 1 FROM ${schemaName}.sqlite_master WHERE name = 'sqlite_sequence'`).get() !== undefined;
  if (hasSeq('src') && hasSeq('main')) {
    db.exec('DELETE FROM main.sqlite_sequence; INSERT INTO main.sqlite_sequence SELECT * FROM src.sqlite_sequence');
  }
  for (const type of ['trigger', 'view'] as const) {
    for (const r of schema) if (r.type === type && keep(r)) db.exec(r.sql!);
  }
  const version = db.pragma('src.user_version', { simple: true }) as number;
  db.pragma(`main.user_version = ${version}`);
  return names;
}
