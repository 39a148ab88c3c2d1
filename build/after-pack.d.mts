// Types of build/after-pack.mjs, for the tests (the hook itself runs as plain JS under electron-builder).
import type { FuseV1Config, FuseV1Options } from '@electron/fuses';

export declare const fuses: Record<FuseV1Options, boolean>;
export declare function fuseConfig(electronPlatformName: string): FuseV1Config;

export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export declare function electronBinaryPath(context: AfterPackContextLike): string;
export default function afterPack(context: AfterPackContextLike): Promise<void>;
