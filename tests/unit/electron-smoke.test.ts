// Launches the real Electron app where the Electron binary has been downloaded; elsewhere the
// test is reported as skipped with the reason. `require('electron')` is not used to find the
// binary: when it is missing, the electron package tries to download it right there.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../fixtures/core.ts';

const root = resolve(import.meta.dirname, '../..');

/** The Electron executable the electron package would run, or null when it is not downloaded. */
function electronBinary(): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = join(pkg, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

const binary = electronBinary();
const title = binary
  ? 'Electron smoke: the app starts, shows a window titled Haven and answers over IPC'
  : 'Electron smoke (skipped: Electron binary not downloaded on this machine)';

describe('electron', () => {
  let dataDir = '';
  beforeAll(() => {
    if (!binary) return;
    dataDir = tempDir();
    if (!existsSync(join(root, 'out', 'main', 'main.js'))) {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
        {
          cwd: root,
          stdio: 'inherit',
        },
      );
    }
  }, 300_000);
  afterAll(() => {
    if (dataDir) removeDir(dataDir);
  });

  it.skipIf(!binary)(
    title,
    async () => {
      const { _electron } = await import('@playwright/test');
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(process.env)) {
        // The built app, not a dev server; and a plain Electron, not Node.
        if (v !== undefined && k !== 'ELECTRON_RENDERER_URL' && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
      }
      const app = await _electron.launch({
        executablePath: binary ?? undefined,
        args: [root, `--data-dir=${dataDir}`],
        cwd: root,
        env,
      });
      try {
        const page = await app.firstWindow();
        await page.waitForLoadState('domcontentloaded');
        const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
        expect(windowTitle).toBe('Haven');
        expect(page.url()).toMatch(/^app:\/\/haven\//);

        // The sandbox holds: no Node in the page, only window.haven.invoke.
        const exposed = await page.evaluate(() => {
          const w = globalThis as unknown as Record<string, unknown>;
          return { require: typeof w.require, process: typeof w.process, haven: Object.keys(w.haven ?? {}) };
        });
        expect(exposed).toEqual({ require: 'undefined', process: 'undefined', haven: ['invoke'] });

        const status = await page.evaluate(() =>
          (globalThis as unknown as { haven: { invoke(c: string, i: unknown): Promise<unknown> } }).haven.invoke(
            'vault.status',
            {},
          ),
        );
        expect(status).toMatchObject({ ok: true, value: { state: 'new' } });

        // The air gap (CSP connect-src and the request filter): the outside world is unreachable.
        const fetched = await page.evaluate(() =>
          fetch('https://example.com/').then(
            () => 'loaded',
            () => 'blocked',
          ),
        );
        expect(fetched).toBe('blocked');
      } finally {
        await app.close();
      }
    },
    120_000,
  );
});
