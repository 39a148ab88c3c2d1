import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { AppError, type Result } from '../../shared/errors.ts';
import { checkAuditChain, currentAuditHead } from './audit/chain-check.ts';
import { FailedLogins, type FailedLoginKind } from './audit/failed-logins.ts';
import type { KeyHolder, Session, SessionHolder, SetupSite, VaultDoor, VaultState } from './context.ts';
import type { LockReason } from '../../shared/session.ts';
import { openDatabase, type Db } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import { makeDataFolderPrivate } from './platform/private-files.ts';
import { auditLock } from './session/lock.ts';
import { DEFAULT_KDF_COST, type KdfCost } from './vault/kdf.ts';
import { FolderLock } from './vault/folder-lock.ts';
import { finishInterruptedSetup } from './vault/install.ts';
import { backfillSlotOwners } from './vault/slot-owners.ts';
import { LoginThrottle } from './vault/throttle.ts';
import { auditHeadOf, readVaultFile, writeVaultFile, type VaultFile } from './vault/vault-file.ts';
import { DEFAULT_BACKUP_WORKER } from './backup/run-worker.ts';
import type { BackupTesting } from './backup/testing.ts';
import { recoverInterruptedRestore } from './backup/swap.ts';
import { DEFAULT_REPORT_WORKER, REPORTS_IN_WORKER_FROM } from './reports/in-worker.ts';

export type { Session, VaultState } from './context.ts';

export interface CoreOptions {
  /** Folder holding haven.db and vault.json. */
  dataDir: string;
  /** The core never reads the system clock itself. */
  clock?: () => Date;
  /** scrypt cost for new key slots; tests pass a cheaper one. Existing slots keep their own. */
  kdfCost?: KdfCost;
  /** The backup worker's entry: the Electron build passes its bundled file; Node runs worker.ts. */
  backupWorker?: string | URL;
  /** The report worker's entry, as `backupWorker` (reports/worker.ts under Node). */
  reportWorker?: string | URL;
  /**
   * Reports over a history of this many stays or more are computed in the worker thread (the cost
   * is the history, read in full, more than the period). Tests pass 0 (always) or Infinity (never).
   */
  reportsInWorkerFrom?: number;
  /** Written into each backup's metadata. */
  appVersion?: string;
  /** Tests only: a write failing half-way, a pause at a step of a restore. */
  backupTesting?: BackupTesting;
}

/**
 * dispatch.ts, handed in by openCore (index.ts): the handlers it reaches import this module's
 * types, so importing dispatch from here would make a runtime import circle.
 */
export type Dispatch = (core: Core, client: Client, channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** One window (or one test page): its session, and who it was when it was locked. */
export class Client implements SessionHolder {
  session: Session | null = null;
  lockedUsername: string | null = null;
  /** Why it was locked, and the idle minutes for an idle lock: the login screen says so. */
  lockReason: LockReason | null = null;
  lockMinutes: number | null = null;
  readonly core: Core;

  constructor(core: Core) {
    this.core = core;
  }

  invoke(channel: unknown, input?: unknown): Promise<Result<unknown>> {
    return this.core.invoke(this, channel, input);
  }

  /** Drops the session (button, Ctrl+L, idle, OS lock screen); the core closes the database if unused. */
  lock(reason: LockReason = 'user', minutes: number | null = null): void {
    const session = this.session;
    if (session) {
      this.lockedUsername = session.username;
      this.lockReason = reason;
      this.lockMinutes = minutes;
      auditLock(this.core.database(), session.userId, this.core.clock(), reason, minutes);
    }
    this.session = null;
    this.core.releaseIfUnused();
  }

  disconnect(): void {
    this.session = null;
    this.core.forget(this);
  }
}

/**
 * The Electron-free heart: owns the open database and the data key while anyone is signed in.
 * Electron's ipc.ts and the tests both go through `connect()` → `client.invoke()`.
 */
export class Core implements KeyHolder, VaultDoor, SetupSite {
  readonly dataDir: string;
  readonly dbPath: string;
  readonly vaultPath: string;
  readonly throttle: LoginThrottle;
  readonly failedLogins: FailedLogins;
  readonly clock: () => Date;
  readonly kdfCost: KdfCost;
  readonly backupWorker: string | URL;
  readonly appVersion: string;
  readonly backupTesting: BackupTesting;
  readonly reportWorker: string | URL;
  readonly reportsInWorkerFrom: number;
  private readonly onDatabaseClose = new Set<() => void>();
  /** When the backup last restored here had been made: the login screen of every window it signed out says so. */
  restoredBackupAt: string | null = null;
  private db: Db | null = null;
  private dataKey: Buffer | null = null;
  private readonly clients = new Set<Client>();
  private readonly folderLock: FolderLock;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly dispatch: Dispatch;

  constructor(opts: CoreOptions, dispatch: Dispatch) {
    this.dispatch = dispatch;
    this.dataDir = opts.dataDir;
    this.dbPath = join(opts.dataDir, 'haven.db');
    this.vaultPath = join(opts.dataDir, 'vault.json');
    this.throttle = new LoginThrottle(join(opts.dataDir, 'login-throttle.json'));
    this.failedLogins = new FailedLogins(join(opts.dataDir, 'login-failures.json'));
    this.clock = opts.clock ?? (() => new Date());
    this.kdfCost = opts.kdfCost ?? DEFAULT_KDF_COST;
    this.backupWorker = opts.backupWorker ?? DEFAULT_BACKUP_WORKER;
    this.appVersion = opts.appVersion ?? 'dev';
    this.backupTesting = opts.backupTesting ?? {};
    this.reportWorker = opts.reportWorker ?? DEFAULT_REPORT_WORKER;
    this.reportsInWorkerFrom = opts.reportsInWorkerFrom ?? REPORTS_IN_WORKER_FROM;
    this.folderLock = new FolderLock(opts.dataDir);
  }

  /**
   * Takes this process's exclusive lock on the data folder (FOLDER_IN_USE if another process has
   * it) and keeps it until close(). Taken lazily, at the first vault.status / set-up / login, so
   * that merely constructing a core touches nothing on disk.
   */
  holdFolder(): void {
    // Created if missing, and it and Haven's files in it made private to this OS user.
    makeDataFolderPrivate(this.dataDir);
    this.folderLock.acquire();
    // A set-up or a restore cut short by a crash is finished (or undone) before anything reads the database.
    finishInterruptedSetup(this);
    recoverInterruptedRestore(this);
  }

  /** A call from one of this core's clients (Client.invoke). */
  invoke(client: Client, channel: unknown, input: unknown): Promise<Result<unknown>> {
    return this.dispatch(this, client, channel, input);
  }

  connect(): Client {
    const client = new Client(this);
    this.clients.add(client);
    return client;
  }

  forget(client: Client): void {
    this.clients.delete(client);
    this.releaseIfUnused();
  }

  /** What is on disk: nothing yet, a vault and database, or something a person must look at. */
  vaultState(): VaultState {
    const hasVault = existsSync(this.vaultPath);
    const hasDb = existsSync(this.dbPath);
    if (!hasVault && !hasDb) return { state: 'new' };
    if (!hasVault) {
      return broken('VAULT_MISSING', `The database ${this.dbPath} exists but its key file vault.json is missing.`);
    }
    try {
      readVaultFile(this.vaultPath);
    } catch (e) {
      if (e instanceof AppError) return { state: 'broken', problem: e };
      throw e;
    }
    if (!hasDb) {
      return broken('DATABASE_MISSING', `The key file exists but the database ${this.dbPath} is missing.`);
    }
    return { state: 'ready' };
  }

  /** Throws unless the vault is set up and sound. */
  readyVault(): VaultFile {
    const s = this.vaultState();
    if (s.state === 'new') throw new AppError('NOT_SET_UP', 'Haven has not been set up yet.');
    if (s.state === 'broken') throw s.problem;
    return readVaultFile(this.vaultPath);
  }

  /**
   * Opens the database with a data key from a slot (taking ownership of the buffer), or checks the
   * key against the already open one. Runs pending migrations on first open.
   */
  unlock(dataKey: Buffer): Db {
    if (this.db && this.dataKey) {
      const same = timingSafeEqual(this.dataKey, dataKey);
      dataKey.fill(0);
      if (!same) throw new AppError('WRONG_KEY', 'This key slot does not open the database in use.');
      return this.db;
    }
    let db: Db | null = null;
    try {
      db = openDatabase(this.dbPath, dataKey);
      const now = this.clock();
      migrate(db, now);
      const vault = readVaultFile(this.vaultPath);
      // The chain first: the backfill appends entries, which would hide a log cut short.
      checkAuditChain(db, auditHeadOf(vault), now);
      this.failedLogins.flush(db);
      backfillSlotOwners(db, vault, now);
    } catch (e) {
      db?.close();
      dataKey.fill(0);
      throw e;
    }
    this.db = db;
    this.dataKey = dataKey;
    return db;
  }

  /** A failed sign-in: counted by the throttle, and written to the audit log (now, or at the next unlock). */
  loginFailed(username: string, kind: FailedLoginKind, now: Date): void {
    this.throttle.failed(username, now);
    this.failedLogins.record(username, kind, now, this.db);
  }

  isOpen(): boolean {
    return this.db !== null;
  }

  /** The open database; only reachable through a signed-in session. */
  database(): Db {
    if (!this.db) throw new AppError('NO_SESSION', 'The database is locked.');
    return this.db;
  }

  /** The data key, for wrapping a new slot. Never leaves the core. */
  heldDataKey(): Buffer {
    if (!this.dataKey) throw new AppError('NO_SESSION', 'The database is locked.');
    return this.dataKey;
  }

  /** Closes the database and wipes the key once no window holds a session. */
  releaseIfUnused(): void {
    for (const c of this.clients) if (c.session) return;
    this.closeDatabase();
  }

  /**
   * Signs every window out and closes the database: a restore of the backup made at `backupCreatedAt`
   * replaces it underneath them. Their login screens say why.
   */
  endAllSessions(backupCreatedAt: string): void {
    this.restoredBackupAt = backupCreatedAt;
    for (const c of this.clients) {
      if (c.session) {
        c.lockedUsername = c.session.username;
        c.lockReason = 'restore';
        c.lockMinutes = null;
      }
      c.session = null;
    }
    this.closeDatabase();
  }

  /** Runs vault-changing work one at a time (two windows setting up at once, say). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    for (const c of this.clients) c.session = null;
    this.clients.clear();
    this.closeDatabase();
    this.folderLock.release();
  }

  /**
   * Records the audit chain's head in vault.json (atomic write) when it moved. Called after each
   * login, when the database closes (lock, sign-out of the last window, close) and with every
   * vault.json change: so the head marks every session boundary, and a database put back from
   * before any of them, or a log cut short since, is noticed at the next unlock. Not after every
   * write: that would add an fsync'd file replace to each one, and a session's own entries are
   * covered when it ends. A damaged vault.json is never rewritten here.
   */
  saveAuditHead(): void {
    if (!this.db) return;
    try {
      const vault = readVaultFile(this.vaultPath);
      const head = currentAuditHead(this.db);
      const known = auditHeadOf(vault);
      if (!head || (known && known.seq === head.seq && known.hash === head.hash)) return;
      writeVaultFile(this.vaultPath, { ...vault, auditHead: head });
    } catch (e) {
      if (!(e instanceof AppError)) console.error('[haven] could not record the audit head', e);
    }
  }

  /** Work tied to the open database (a worker thread's own connection) stops when it closes. */
  whenDatabaseCloses(stop: () => void): void {
    this.onDatabaseClose.add(stop);
  }

  private closeDatabase(): void {
    for (const stop of this.onDatabaseClose) stop();
    this.onDatabaseClose.clear();
    if (this.db) {
      this.saveAuditHead();
      this.db.close();
      this.db = null;
    }
    if (this.dataKey) {
      this.dataKey.fill(0);
      this.dataKey = null;
    }
  }
}

function broken(code: 'VAULT_MISSING' | 'DATABASE_MISSING', message: string): VaultState {
  return { state: 'broken', problem: new AppError(code, message) };
}
