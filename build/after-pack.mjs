// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, then reads
// them back and fails the build if any did not take. It runs after electron-builder has
// embedded the asar integrity hash and before signing, so the signature covers the fuses.
// The fuse settings are exported for tests/unit/packaging.test.ts.
import { join } from 'node:path';
import electronFuses from '@electron/fuses'; // CommonJS: take its exports from the default

const { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } = electronFuses;

// Byte values of a fuse in the wire ('0', '1', 'r'); @electron/fuses does not export its FuseState.
const DISABLED = '0'.charCodeAt(0);
const ENABLED = '1'.charCodeAt(0);
const REMOVED = 'r'.charCodeAt(0);

/** Every fuse @electron/fuses knows, set explicitly (none left at Electron's default). */
export const fuses = {
  // No ELECTRON_RUN_AS_NODE: the binary cannot be used as a plain Node to read the data folder.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // No NODE_OPTIONS / --inspect: nobody attaches a debugger to the process holding the key.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the signed, hashed app.asar runs (integrity is checked on Windows; Linux ignores it).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app is served from app://, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The config handed to flipFuses for a given platform. */
export function fuseConfig(electronPlatformName) {
  return {
    version: FuseVersion.V1,
    // arm64 macOS refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' || electronPlatformName === 'mas',
    ...fuses,
  };
}

/** Path of the Electron executable inside the packed app, as @electron/fuses expects it. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`after-pack: unknown platform ${electronPlatformName}`);
  }
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfig(context.electronPlatformName));

  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(fuses).filter(([index, on]) => {
    const state = wire[Number(index)];
    return state !== REMOVED && state !== (on ? ENABLED : DISABLED);
  });
  if (wrong.length > 0) {
    const names = wrong.map(([index]) => FuseV1Options[Number(index)]).join(', ');
    throw new Error(`after-pack: fuses not set in ${binary}: ${names}`);
  }
  console.log(`  • fuses flipped and verified  binary=${binary}`);
}
