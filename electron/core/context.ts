import type { AppError } from '../../shared/errors.ts';
import type { Role } from '../../shared/roles.ts';
import type { AuditWarning } from '../../shared/domain.ts';
import type { LockReason } from '../../shared/session.ts';
import type { FailedLoginKind } from './audit/failed-logins.ts';
import type { BackupTesting } from './backup/testing.ts';
import type { Db } from './db/connection.ts';
import type { KdfCost } from './vault/kdf.ts';
import type { LoginThrottle } from './vault/throttle.ts';
import type { VaultFile } from './vault/vault-file.ts';

// The narrow contexts services take instead of the whole Core. Core (and Client) satisfy them as
// they are, so a handler passes `ctx.core`; a service can use nothing outside what it names.
// Services that only read and write records take `(db, input, actor)` and need none of these.

/** One signed-in window's session. */
export interface Session {
  userId: string;
  username: string;
  role: Role;
  mustChangePassword: boolean;
  /** The account's password_version when this session began (or changed the password itself). */
  passwordVersion: number;
  startedAt: Date;
  lastActivityAt: Date;
  /** What the audit check at unlock found, shown to this administrator (null for everyone else). */
  auditWarning: AuditWarning | null;
}

/** Where a window's session lives: set at sign-in, cleared (with who it was) at lock. */
export interface SessionHolder {
  session: Session | null;
  lockedUsername: string | null;
  lockReason: LockReason | null;
  lockMinutes: number | null;
}

/** The open database, read when needed: after a slow step (the KDF) a lock may have closed it. */
export interface OpenDatabase {
  /** NO_SESSION when the database is locked. */
  database(): Db;
}

/** Vault-changing work runs one step at a time (two windows setting up or signing in at once). */
export interface OneAtATime {
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/** Writing key slots: the held data key is wrapped anew and vault.json rewritten. */
export interface KeyHolder extends OpenDatabase, OneAtATime {
  readonly vaultPath: string;
  /** scrypt cost for new slots. */
  readonly kdfCost: KdfCost;
  /** The data key while the database is open; NO_SESSION otherwise. */
  heldDataKey(): Buffer;
}

/** Counting failed sign-ins per typed name (and install-wide). */
export type Throttle = Pick<LoginThrottle, 'retryAt' | 'failed' | 'succeeded'>;

/** Signing in: the folder, vault.json, opening the database with a slot's key, and closing it again. */
export interface VaultDoor extends OpenDatabase, OneAtATime {
  readonly throttle: Throttle;
  /** Takes the data folder for this process (FOLDER_IN_USE otherwise). */
  holdFolder(): void;
  /** vault.json, or why it cannot be used (NOT_SET_UP, VAULT_CORRUPT…). */
  readyVault(): VaultFile;
  /** Opens the database with a slot's key (or checks it against the open one). */
  unlock(dataKey: Buffer): Db;
  /** A failed sign-in: counted by the throttle and audited (now, or at the next unlock). */
  loginFailed(username: string, kind: FailedLoginKind, now: Date): void;
  /** Closes the database when no window holds a session. */
  releaseIfUnused(): void;
  /** Records the audit chain's head in vault.json. */
  saveAuditHead(): void;
}

/** What is on disk: nothing yet, a vault and database, or something a person must look at. */
export type VaultState = { state: 'new' } | { state: 'ready' } | { state: 'broken'; problem: AppError };

/** Setting up: the folder and the files a new vault is written to. */
export interface SetupSite {
  readonly dataDir: string;
  readonly dbPath: string;
  readonly vaultPath: string;
  readonly kdfCost: KdfCost;
  vaultState(): VaultState;
}

/** The files of an install: haven.db and vault.json in the data folder (what a restore swaps). */
export interface DataFiles {
  readonly dataDir: string;
  readonly dbPath: string;
  readonly vaultPath: string;
}

/** Backups and restores: the open database and its key, the files, and the worker doing the slow part. */
export interface BackupSite extends OpenDatabase, DataFiles {
  /** The data key while the database is open; NO_SESSION otherwise. */
  heldDataKey(): Buffer;
  /** vault.json (its installId goes into each backup). */
  readyVault(): VaultFile;
  /** The backup worker's entry file. */
  readonly backupWorker: string | URL;
  /** Written into each backup's metadata. */
  readonly appVersion: string;
  readonly backupTesting: BackupTesting;
  /**
   * Signs every window out and closes the database: a restore of the backup made at
   * `backupCreatedAt` replaces it underneath them (their login screens say so).
   */
  endAllSessions(backupCreatedAt: string): void;
}
