// The 'rpc' handler of ipc.ts, driven without Electron: a real core on a real encrypted vault,
// and small stand-ins for the webContents and the sender frame.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { createRpcBridge, type RpcEvent, type SenderContents } from '../../electron/rpc.ts';
import { ADMIN, manualClock, newCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

class FakeContents extends EventEmitter implements SenderContents {
  static nextId = 1;
  readonly id = FakeContents.nextId++;
}

function event(contents: SenderContents, url: string | null, parent: unknown = null): RpcEvent {
  return { sender: contents, senderFrame: url === null ? null : { url, parent } };
}

const APP = 'app://haven/index.html#/login';

let dir: string;
let core: Core;
it.beforeEach(({ dir: d }) => {
  dir = d;
  core = newCore(dir);
});
it.afterEach(() => core.close());

describe('rpc sender check', () => {
  it.each([
    ['a remote page', 'https://example.com/'],
    ['a file: page', 'file:///tmp/index.html'],
    ['a data: page', 'data:text/html,hi'],
    ['another app host', 'app://evil/index.html'],
    ['the dev server when not in development', 'http://localhost:5173/'],
    ['about:blank', 'about:blank'],
  ])('refuses %s with FORBIDDEN and creates no client', async (_name, url) => {
    const bridge = createRpcBridge(core);
    const r = await bridge.handle(event(new FakeContents(), url), 'vault.status', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(bridge.size).toBe(0);
  });

  it('refuses a frame that is gone', async () => {
    const bridge = createRpcBridge(core);
    const r = await bridge.handle(event(new FakeContents(), null), 'vault.status', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a sub-frame, even one of the app', async () => {
    const bridge = createRpcBridge(core);
    const r = await bridge.handle(event(new FakeContents(), APP, { url: APP }), 'vault.status', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('accepts the app’s top frame, and the dev server only in development', async () => {
    const prod = createRpcBridge(core);
    expect(await prod.handle(event(new FakeContents(), APP), 'vault.status', {})).toMatchObject({
      ok: true,
      value: { state: 'new' },
    });
    const dev = createRpcBridge(core, { devServerUrl: 'http://localhost:5173' });
    expect(await dev.handle(event(new FakeContents(), 'http://localhost:5173/#/'), 'vault.status', {})).toMatchObject({
      ok: true,
    });
  });

  it('passes the core’s own refusals through unchanged', async () => {
    const bridge = createRpcBridge(core);
    const win = new FakeContents();
    expect(await bridge.handle(event(win, APP), 'no.such.channel', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await bridge.handle(event(win, APP), 'vault.status', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('one client per window', () => {
  async function twoWindows() {
    const bridge = createRpcBridge(core);
    const a = new FakeContents();
    const b = new FakeContents();
    const setup = await bridge.handle(event(a, APP), 'vault.setup', ADMIN);
    expect(setup).toMatchObject({ ok: true });
    await bridge.handle(event(b, APP), 'vault.status', {});
    return { bridge, a, b };
  }

  async function currentUser(bridge: ReturnType<typeof createRpcBridge>, w: FakeContents) {
    const r = await bridge.handle(event(w, APP), 'session.current', {});
    if (!r.ok) throw new Error(r.error.code);
    return (r.value as { user: { username: string } } | null)?.user.username ?? null;
  }

  it('keeps each window’s session to itself', async () => {
    const { bridge, a, b } = await twoWindows();
    expect(bridge.size).toBe(2);
    expect(await currentUser(bridge, a)).toBe(ADMIN.username);
    expect(await currentUser(bridge, b)).toBeNull();
    expect(bridge.size).toBe(2);
  });

  it('disconnects a window’s client when it is destroyed, closing the database', async () => {
    const { bridge, a } = await twoWindows();
    expect(() => core.database()).not.toThrow();
    a.emit('destroyed');
    expect(bridge.size).toBe(1);
    expect(() => core.database()).toThrow(/locked/);
  });

  it('locks every window at once (suspend, lock screen)', async () => {
    const { bridge, a, b } = await twoWindows();
    bridge.lockAll();
    expect(await currentUser(bridge, a)).toBeNull();
    expect(await currentUser(bridge, b)).toBeNull();
    expect(() => core.database()).toThrow(/locked/);
    const lock = await bridge.handle(event(a, APP), 'session.lock', {});
    expect(lock).toEqual({ ok: true, value: { username: ADMIN.username, reason: 'os' } });
  });

  it('locks a window whose renderer crashed', async () => {
    const { bridge, a } = await twoWindows();
    a.emit('render-process-gone');
    expect(await currentUser(bridge, a)).toBeNull();
    expect(bridge.size).toBe(2);
  });
});

describe('session limits without a call from the window', () => {
  it('enforceLimits locks an idle window (as main.ts does every 30 s) and leaves an active one', async () => {
    const time = manualClock();
    // The file's own core is on `dir` already: this one gets a folder of its own.
    const timedDir = join(dir, 'timed');
    mkdirSync(timedDir);
    const timed = newCore(timedDir, time.clock);
    try {
      const bridge = createRpcBridge(timed);
      const idle = new FakeContents();
      const busy = new FakeContents();
      expect(await bridge.handle(event(idle, APP), 'vault.setup', ADMIN)).toMatchObject({ ok: true });
      expect(
        await bridge.handle(event(busy, APP), 'session.login', { username: ADMIN.username, password: ADMIN.password }),
      ).toMatchObject({ ok: true });
      time.advance(4 * 60_000);
      await bridge.handle(event(busy, APP), 'session.activity', {});
      time.advance(2 * 60_000);
      bridge.enforceLimits();
      expect(await bridge.handle(event(idle, APP), 'vault.status', {})).toMatchObject({
        ok: true,
        value: { lockReason: 'idle', lockMinutes: 5 },
      });
      expect(await bridge.handle(event(busy, APP), 'session.current', {})).toMatchObject({
        ok: true,
        value: { user: { username: 'ana' } },
      });
    } finally {
      timed.close();
    }
  });
});
