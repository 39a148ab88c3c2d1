import { existsSync } from 'node:fs';

/**
 * The Chromium to test in: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * download (undefined lets Playwright look for it). Fails with instructions when there is none.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (process.env.HAVEN_PLAYWRIGHT_BROWSER === '1') return undefined;
  throw new Error(
    'No Chromium for the E2E tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or set CHROMIUM_PATH to a Chrome/Chromium binary, or run `npx playwright install chromium` ' +
      'and set HAVEN_PLAYWRIGHT_BROWSER=1.',
  );
}
