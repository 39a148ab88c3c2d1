// electron-builder.yml and the afterPack fuse hook, checked without packaging anything: the
// config is read and schema-validated by electron-builder's own loader, and the hook flips a
// stand-in binary that carries Electron's fuse sentinel.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import afterPack, { electronBinaryPath, fuseConfig, fuses } from '../../build/after-pack.mjs';
import { removeDir, tempDir } from '../fixtures/core.ts';

const root = resolve(import.meta.dirname, '../..');
// electron-builder's own pieces (and the YAML parser it uses), all installed with it.
const require = createRequire(join(root, 'package.json'));

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string };
  files?: unknown;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  afterPack?: string;
  win?: { target?: TargetEntry[] };
  linux?: { target?: TargetEntry[]; maintainer?: string };
  publish?: unknown;
}

const yaml = require('js-yaml') as { load(text: string): unknown };
const raw = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

const targetsOf = (entries: TargetEntry[] | undefined) => (entries ?? []).map((t) => t.target);

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(raw.appId).toBe('org.haven.app');
    expect(raw.productName).toBe('Haven');
    expect(raw.directories?.output).toBe('dist');
  });

  it('ships the built app and package.json, nothing else of the source tree', () => {
    expect(raw.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    const included = (raw.files as string[]).filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
  });

  it('leaves out the second SQLCipher build the tests open backups with', () => {
    // electron-builder adds only `dependencies`; electron-vite bundles only what shipped code imports.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(pkg.devDependencies).toHaveProperty('@signalapp/sqlcipher');
    expect(pkg.dependencies).not.toHaveProperty('@signalapp/sqlcipher');
    const shipped = ['electron', 'renderer', 'shared'].flatMap((d) =>
      readdirSync(join(root, d), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|tsx|mts|mjs|js)$/.test(f))
        .map((f) => join(root, d, f)),
    );
    expect(shipped.length).toBeGreaterThan(10);
    expect(shipped.filter((f) => readFileSync(f, 'utf8').includes('@signalapp/sqlcipher'))).toEqual([]);
  });

  it('packs into asar and unpacks the SQLCipher native module', () => {
    expect(raw.asar).toBe(true);
    expect(raw.asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**/*.node');
    // N-API prebuilds ship in the package: no rebuild, no compiler, no header download.
    expect(raw.npmRebuild).toBe(false);
  });

  it('builds NSIS + portable for Windows and AppImage + deb for Linux', () => {
    expect(targetsOf(raw.win?.target).sort()).toEqual(['nsis', 'portable']);
    expect(targetsOf(raw.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(raw.linux?.maintainer).toBeTruthy(); // deb refuses to build without one
  });

  it('never publishes or looks for updates', () => {
    expect(raw.publish).toBeNull();
  });

  it('runs build/after-pack.mjs after packing', () => {
    expect(raw.afterPack).toBe('./build/after-pack.mjs');
  });

  it('is valid for electron-builder (its loader and JSON schema)', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
      validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const loaded = await getConfig(root, null, null);
    expect(loaded.appId).toBe('org.haven.app');
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('has an afterPack hook electron-builder can load', async () => {
    const { resolveFunction } = require('app-builder-lib/out/util/resolve') as {
      resolveFunction(type: unknown, executor: string, name: string, rootDir: string): Promise<unknown>;
    };
    const hook = await resolveFunction(undefined, raw.afterPack ?? '', 'afterPack', root);
    // Loaded through electron-builder's own require/import, so a separate module instance.
    expect(typeof hook).toBe('function');
    expect((hook as { name: string }).name).toBe(afterPack.name);
  });
});

describe('fuses (build/after-pack.mjs)', () => {
  it('sets every fuse @electron/fuses knows, explicitly', () => {
    const known = Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number');
    expect(Object.keys(fuses).map(Number).sort()).toEqual(known.sort());
  });

  it('hardens the binary', () => {
    expect(fuses).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('builds a V1 config, resetting the ad-hoc signature only on macOS', () => {
    expect(fuseConfig('linux')).toMatchObject({ version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...fuses });
    expect(fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
  });

  it('finds the executable of each platform', () => {
    const packager = { appInfo: { productFilename: 'Haven' }, executableName: 'haven' };
    expect(electronBinaryPath({ appOutDir: '/d', electronPlatformName: 'win32', packager })).toBe(
      join('/d', 'Haven.exe'),
    );
    expect(electronBinaryPath({ appOutDir: '/d', electronPlatformName: 'linux', packager })).toBe(join('/d', 'haven'));
    expect(electronBinaryPath({ appOutDir: '/d', electronPlatformName: 'darwin', packager })).toBe(
      join('/d', 'Haven.app'),
    );
    expect(() => electronBinaryPath({ appOutDir: '/d', electronPlatformName: 'aix', packager })).toThrow(
      /unknown platform/,
    );
  });

  describe('on a stand-in binary', () => {
    const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
    // Electron's defaults: run_as_node 1, cookie_encryption 0, node_options 1, node_cli_inspect 1,
    // asar integrity 0, only_load_app_from_asar 0, v8 snapshot 0, file protocol privileges 1.
    const DEFAULTS = '10110001';
    let dir: string;
    beforeAll(() => {
      dir = tempDir();
    });
    afterAll(() => removeDir(dir));

    function fakeElectron(name: string, wire: string): { context: Parameters<typeof afterPack>[0]; file: string } {
      const appOutDir = join(dir, name);
      mkdirSync(appOutDir, { recursive: true });
      const file = join(appOutDir, 'haven');
      const bytes = Buffer.concat([
        Buffer.from('\x7fELF...padding...'),
        Buffer.from(SENTINEL),
        Buffer.from([1, wire.length]),
        Buffer.from(wire),
        Buffer.from('...more binary...'),
      ]);
      writeFileSync(file, bytes);
      const packager = { appInfo: { productFilename: 'Haven' }, executableName: 'haven' };
      return { context: { appOutDir, electronPlatformName: 'linux', packager }, file };
    }

    function wireOf(file: string, length: number): string {
      const bytes = readFileSync(file);
      const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
      return bytes.subarray(at, at + length).toString('latin1');
    }

    it('flips the fuses and verifies them', async () => {
      const { context, file } = fakeElectron('plain', DEFAULTS);
      await afterPack(context);
      expect(wireOf(file, 8)).toBe('01001100');
    });

    it('leaves a fuse it does not know (a newer Electron) alone', async () => {
      const { context, file } = fakeElectron('longer', `${DEFAULTS}1`);
      await afterPack(context);
      expect(wireOf(file, 9)).toBe('010011001');
    });

    it('does not fail on a fuse Electron marked as removed', async () => {
      const { context, file } = fakeElectron('removed', '10110r01');
      await afterPack(context); // @electron/fuses writes it anyway and warns that it is a no-op
      expect(wireOf(file, 8)).toBe('01001100');
    });

    it('fails the build when the binary has no fuse wire', async () => {
      const { context, file } = fakeElectron('none', DEFAULTS);
      writeFileSync(file, 'not electron');
      await expect(afterPack(context)).rejects.toThrow(/sentinel/i);
    });
  });
});
