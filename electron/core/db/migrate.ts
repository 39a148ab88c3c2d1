import { AppError } from '../../../shared/errors.ts';
import type { Db } from './connection.ts';
import { prepared } from './statements.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date, one transaction per migration. `user_version` is the version;
 * `schema_migrations` records when each one ran. A database newer than this app is refused.
 */
export function migrate(db: Db, now: Date, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'DATABASE_TOO_NEW',
      `The database has schema version ${current}, but this version of Haven knows only up to ${latest}. ` +
        'Install the newer Haven that last used it; nothing was changed.',
      { details: { found: current, supported: latest } },
    );
  }
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      prepared(db, 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        now.toISOString(),
      );
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}
