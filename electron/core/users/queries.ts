import type { Language, UserView } from '../../../shared/domain.ts';
import type { Role } from '../../../shared/roles.ts';
import type { ActiveUser } from '../../../shared/users.ts';
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
  must_change_password: 0 | 1;
  last_sign_in_at: string | null;
  password_version: number;
}

export interface User extends UserView {
  active: boolean;
  createdAt: string;
  /** Goes up with every new password slot: a session begun under an older one is over. */
  passwordVersion: number;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
}

function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    language: r.language,
    active: r.active === 1,
    createdAt: r.created_at,
    passwordVersion: r.password_version,
    mustChangePassword: r.must_change_password === 1,
    lastSignInAt: r.last_sign_in_at,
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
  u: { id: string; username: string; fullName: string; role: Role; language: Language; mustChangePassword?: boolean },
  at: Date,
): void {
  prepared(
    db,
    `INSERT INTO users (id, username, full_name, role, language, created_at, password_changed_at, must_change_password)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    u.id,
    u.username,
    u.fullName,
    u.role,
    u.language,
    at.toISOString(),
    at.toISOString(),
    u.mustChangePassword ? 1 : 0,
  );
}

export function setUserLanguage(db: Db, id: string, language: Language): void {
  prepared(db, 'UPDATE users SET language = ? WHERE id = ?').run(language, id);
}

/** A new password slot: `temporary` when an administrator chose it, so that its holder must replace it. */
export function markPasswordChanged(db: Db, id: string, at: Date, temporary = false): void {
  prepared(
    db,
    'UPDATE users SET password_changed_at = ?, must_change_password = ?, password_version = password_version + 1 WHERE id = ?',
  ).run(at.toISOString(), temporary ? 1 : 0, id);
}

export function recordSignIn(db: Db, id: string, at: Date): void {
  prepared(db, 'UPDATE users SET last_sign_in_at = ? WHERE id = ?').run(at.toISOString(), id);
}

export function setUserRole(db: Db, id: string, role: Role): void {
  prepared(db, 'UPDATE users SET role = ? WHERE id = ?').run(role, id);
}

export function setUserActive(db: Db, id: string, active: boolean): void {
  prepared(db, 'UPDATE users SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
}

export function countActiveAdmins(db: Db): number {
  return (prepared(db, "SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
}

/** Who can be named on an action or a hearing: every active account, by name. */
export function activeUsers(db: Db): ActiveUser[] {
  return prepared(
    db,
    'SELECT id, full_name AS fullName FROM users WHERE active = 1 ORDER BY full_name, id',
  ).all() as ActiveUser[];
}

export function isActiveUser(db: Db, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM users WHERE id = ? AND active = 1').get(id) !== undefined;
}
