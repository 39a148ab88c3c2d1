import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

export function insertPremises(db: Db, p: { id: string; name: string }, at: Date): void {
  prepared(db, 'INSERT INTO premises (id, name, created_at) VALUES (?, ?, ?)').run(p.id, p.name, at.toISOString());
}

/** The name of the (first) premises; the programme runs one house today. */
export function getPremisesName(db: Db): string | undefined {
  const row = prepared(db, 'SELECT name FROM premises ORDER BY created_at, id LIMIT 1').get() as
    { name: string } | undefined;
  return row?.name;
}
