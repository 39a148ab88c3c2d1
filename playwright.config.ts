import { defineConfig } from '@playwright/test';
import './scripts/raw-loader.ts';
import { chromiumExecutable } from './tests/e2e/browser.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  // Not tsconfig.node.json: its `paths` entry only points the type checker at the driver's .d.ts.
  tsconfig: './tsconfig.base.json',
  testMatch: '*.spec.ts',
  testIgnore: 'screenshots*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: 'http://haven.test/',
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
