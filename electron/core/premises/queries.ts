import type { Db } from '../db/connection.ts';

export function insertPremises(db: Db, p: { id: string; name: string }, at: Date): void {
  db.prepare('INSERT INTO premises (id, name, created_at) VALUES (?, ?, ?)').run(p.id, p.name, at.toISOString());
}

/** The name of the (first) premises; the programme runs one house today. */
export function getPremisesName(db: Db): string | undefined {
  const row = db.prepare('SELECT name FROM premises ORDER BY created_at, id LIMIT 1').get() as
    | { name: string }
    | undefined;
  return row?.name;
}
