import { defineConfig } from '@playwright/test';
import base from '../../playwright.config.ts';

/** `npm run screenshots`: PNGs of the main screens in both languages, under artifacts/screenshots/. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots*.spec.ts',
  testIgnore: [],
  tsconfig: '../../tsconfig.base.json',
  workers: 1,
});
