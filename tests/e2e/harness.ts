import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { openCore, type Client, type Core } from '../../electron/core/index.ts';
import { APP_ORIGIN, appResponseHeaders, resolveAppPath } from '../../electron/security.ts';
import { DEFAULT_KDF_COST } from '../../electron/core/vault/kdf.ts';
import { removeDir, tempDir, TEST_KDF_COST } from '../fixtures/core.ts';

const RENDERER = resolve('out/renderer');
export const APP_URL = 'http://haven.test/index.html';

/**
 * Loads the built renderer in Chromium with `window.haven.invoke` wired to the real core's
 * dispatch over a real vault: only Electron's transport is replaced. Files are served through the
 * same path resolution and response headers (CSP included) as the app:// protocol in Electron.
 */
const clients = new WeakMap<Page, Client>();

/** The core client standing for this page's window (what ipc.ts keeps per webContents). */
export function clientOf(page: Page): Client {
  const client = clients.get(page);
  if (!client) throw new Error('installBridge was not called for this page');
  return client;
}

export async function installBridge(page: Page, core: Core): Promise<void> {
  await page.route('http://haven.test/**', async (route) => {
    const url = new URL(route.request().url());
    const file = resolveAppPath(RENDERER, `${APP_ORIGIN}${url.pathname}`);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    try {
      await route.fulfill({ status: 200, headers: appResponseHeaders(file), body: readFileSync(file) });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  // The air gap, as in Electron: nothing but the app's own origin is reachable.
  await page.route(/^(?!http:\/\/haven\.test\/).*/, (route) => route.abort('blockedbyclient'));
  const client = core.connect();
  clients.set(page, client);
  page.on('close', () => client.disconnect());
  await page.exposeBinding('__havenInvoke', (_source, channel: unknown, input: unknown) =>
    client.invoke(channel, input),
  );
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __havenInvoke(c: string, i: unknown): Promise<unknown>; haven: unknown };
    w.haven = { invoke: (channel: string, input: unknown) => w.__havenInvoke(channel, input) };
  });
}

interface Fixtures {
  /**
   * The scrypt cost of new key slots. The format stores each slot's cost, so a cheap one exercises
   * every code path; one spec opts into `'shipped'` so the real cost still runs end to end.
   */
  kdfCost: 'test' | 'shipped';
  dataDir: string;
  core: Core;
  app: Page;
}

export const test = base.extend<Fixtures>({
  kdfCost: ['test', { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = tempDir();
    await use(dir);
    removeDir(dir);
  },
  core: async ({ dataDir, kdfCost }, use) => {
    const core = openCore({ dataDir, kdfCost: kdfCost === 'shipped' ? DEFAULT_KDF_COST : TEST_KDF_COST });
    await use(core);
    core.close();
  },
  app: async ({ page, core }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await installBridge(page, core);
    await page.goto(APP_URL);
    await use(page);
    expect(errors, 'no errors in the renderer console').toEqual([]);
  },
});

export { expect };
