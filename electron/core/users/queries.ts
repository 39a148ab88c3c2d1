import type { Language, UserView } from '../../../shared/domain.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

interface UserRow {
  id: string;
  username: string;
  full_name: string;
  role: Role;
  active: 0 | 1;
  language: Language;
  created_at: string;
  password_changed_at: string;
}

export interface User extends UserView {
  active: boolean;
}

function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    language: r.language,
    active: r.active === 1,
  };
}

export function toUserView({ id, username, fullName, role, language }: User): UserView {
  return { id, username, fullName, role, language };
}

export function findUserById(db: Db, id: string): User | undefined {
  const row = prepared(db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row && toUser(row);
}

/** Usernames are stored lower-case (schema CHECK); the contract lower-cases what is typed. */
export function findUserByUsername(db: Db, username: string): User | undefined {
  const row = prepared(db, 'SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  return row && toUser(row);
}

export function listUsers(db: Db): User[] {
  return (prepared(db, 'SELECT * FROM users ORDER BY created_at, id').all() as UserRow[]).map(toUser);
}

export function insertUser(
  db: Db,
  u: { id: string; username: string; fullName: string; role: Role; language: Language },
  at: Date,
): void {
  prepared(
    db,
    `INSERT INTO users (id, username, full_name, role, language, created_at, password_changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(u.id, u.username, u.fullName, u.role, u.language, at.toISOString(), at.toISOString());
}

export function setUserLanguage(db: Db, id: string, language: Language): void {
  prepared(db, 'UPDATE users SET language = ? WHERE id = ?').run(language, id);
}

export function markPasswordChanged(db: Db, id: string, at: Date): void {
  prepared(db, 'UPDATE users SET password_changed_at = ? WHERE id = ?').run(at.toISOString(), id);
}
