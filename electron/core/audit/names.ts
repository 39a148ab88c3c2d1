import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { fieldsOf, findResident, isProtected, shownName } from '../residents/queries.ts';

/**
 * Names of the people and records a set of entries is about, looked up once per id. A resident is
 * named as every shared screen names them: a protected one by alias or code, never the real name.
 */
export class RecordNames {
  private readonly db: Db;
  private readonly users = new Map<string, string | null>();
  private readonly residents = new Map<string, string | null>();

  constructor(db: Db) {
    this.db = db;
  }

  user(id: string | null): string | null {
    if (id === null) return null;
    if (!this.users.has(id)) {
      const row = prepared(this.db, 'SELECT full_name FROM users WHERE id = ?').get(id) as
        { full_name: string } | undefined;
      this.users.set(id, row?.full_name ?? null);
    }
    return this.users.get(id)!;
  }

  resident(id: string): string | null {
    if (!this.residents.has(id)) {
      const row = findResident(this.db, id);
      if (!row) this.residents.set(id, null);
      else {
        const fields = fieldsOf(row);
        this.residents.set(id, shownName({ ...fields, code: row.code }, isProtected(this.db, fields)));
      }
    }
    return this.residents.get(id)!;
  }

  record(type: string | null, id: string | null): string | null {
    if (type === null || id === null) return null;
    if (type === 'resident') return this.resident(id);
    if (type === 'user') return this.user(id);
    return null;
  }
}
