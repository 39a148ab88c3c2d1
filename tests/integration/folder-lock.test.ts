import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { ADMIN, call, callError, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
let cores: Core[];
const children: ChildProcess[] = [];
it.beforeEach(({ dir: d, cores: c }) => {
  dir = d;
  cores = c;
});
// Before the fixtures' teardown: no other process holds the folder when its cores close.
it.afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

interface ChildAnswer {
  status: string;
  login: string;
}

/** Another Haven process on the same folder (tests/fixtures/child-core.ts), and its first line. */
function startChild(mode?: 'hold'): { child: ChildProcess; answer: Promise<ChildAnswer> } {
  const args = ['--import', './scripts/raw-loader.ts', 'tests/fixtures/child-core.ts', dir, ...(mode ? [mode] : [])];
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const answer = new Promise<ChildAnswer>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(JSON.parse(line) as ChildAnswer);
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`child exited (${code}) without answering: ${err}`)));
  });
  return { child, answer };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.on('exit', () => resolve()),
  );

describe('one process per data folder', () => {
  it('a second process gets FOLDER_IN_USE while the first holds the folder, and gets in once it closed', async () => {
    const { core } = await setUpCore(dir);
    cores.push(core);

    expect(await startChild().answer).toEqual({ status: 'FOLDER_IN_USE', login: 'FOLDER_IN_USE' });

    core.close();
    expect(await startChild().answer).toEqual({ status: 'ok', login: 'ok' });
  });

  it('the lock of a process killed with SIGKILL is released by the OS', async () => {
    const { core } = await setUpCore(dir);
    core.close();
    const { child, answer } = startChild('hold');
    expect(await answer).toEqual({ status: 'ok', login: 'ok' });

    const parent = newCore(dir);
    cores.push(parent);
    const client = parent.connect();
    const refused = await callError(client, 'vault.status', {});
    expect(refused).toMatchObject({ code: 'FOLDER_IN_USE' });

    child.kill('SIGKILL');
    await exited(child);
    expect(await call(client, 'vault.status', {})).toMatchObject({ state: 'ready' });
    expect(await call(client, 'session.login', { username: 'ana', password: ADMIN.password })).toMatchObject({
      user: { username: 'ana' },
    });
  });

  it('a second core in the same process is refused too, and close() lets it in', async () => {
    const { core } = await setUpCore(dir);
    const other = newCore(dir);
    cores.push(core, other);
    expect(await callError(other.connect(), 'session.login', { username: 'ana', password: 'x' })).toMatchObject({
      code: 'FOLDER_IN_USE',
    });
    core.close();
    expect(await call(other.connect(), 'vault.status', {})).toMatchObject({ state: 'ready' });
  });
});
