import { execFile } from 'node:child_process';
import { readFileSync, readlinkSync, statfsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Drive } from '../../../shared/backup.ts';

// Removable drives a backup can go to, per OS. The parsers are pure (tested with recorded output
// of each OS, tests/unit/drives.test.ts); listDrives() runs the OS's own tool and adds free space.

export interface Mount {
  path: string;
  label: string;
}

/** Windows: `Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | ConvertTo-Json` (one object or an array). */
export function parseWindowsDisks(json: string): Mount[] {
  const text = json.trim();
  if (!text) return [];
  const parsed = JSON.parse(text) as unknown;
  const rows = (Array.isArray(parsed) ? parsed : [parsed]) as {
    DeviceID?: unknown;
    VolumeName?: unknown;
    DriveType?: unknown;
  }[];
  return rows
    .filter((r) => typeof r.DeviceID === 'string' && (r.DriveType === undefined || r.DriveType === 2))
    .map((r) => {
      const id = r.DeviceID as string;
      const name = typeof r.VolumeName === 'string' && r.VolumeName.trim() ? r.VolumeName.trim() : id;
      return { path: `${id}\\`, label: name === id ? id : `${name} (${id})` };
    });
}

/** /proc/mounts escapes spaces and the like as octal (\040). */
const unescapeMount = (s: string) => s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));

/**
 * Linux: the mounts of /proc/mounts whose block device is removable or on USB (`isRemovable`, which
 * reads /sys), or that sit under /media or /run/media (where desktops mount sticks).
 */
export function parseLinuxMounts(procMounts: string, isRemovable: (device: string) => boolean): Mount[] {
  const out: Mount[] = [];
  for (const line of procMounts.split('\n')) {
    const [device, rawPath] = line.split(' ');
    if (!device?.startsWith('/dev/') || !rawPath) continue;
    const path = unescapeMount(rawPath);
    const underMedia = /^\/(run\/)?media\//.test(path);
    if (!underMedia && !isRemovable(device)) continue;
    if (out.some((m) => m.path === path)) continue;
    out.push({ path, label: basename(path) || path });
  }
  return out;
}

/** /dev/sdb1 → is sdb removable, or on a USB bus? */
export function linuxDeviceIsRemovable(device: string): boolean {
  const name = basename(device).replace(/^(sd[a-z]+|mmcblk\d+|nvme\d+n\d+)(p?\d+)?$/, '$1');
  try {
    if (readFileSync(`/sys/block/${name}/removable`, 'utf8').trim() === '1') return true;
    return readlinkSync(`/sys/block/${name}`).includes('/usb');
  } catch {
    return false;
  }
}

/**
 * macOS: `df -P` lines whose mount point is under /Volumes (external and removable volumes are
 * mounted there; the system volume is at /).
 */
export function parseMacDf(df: string): Mount[] {
  const out: Mount[] = [];
  for (const line of df.split('\n').slice(1)) {
    const m = /^\/dev\/\S+\s+\d+\s+\d+\s+\d+\s+\d+%\s+(\/Volumes\/.+)$/.exec(line.trim());
    if (m) out.push({ path: m[1]!, label: basename(m[1]!) });
  }
  return out;
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 10_000, windowsHide: true }, (err, stdout) => resolve(err ? '' : stdout));
  });
}

export function freeSpace(path: string): { freeBytes: number | null; totalBytes: number | null } {
  try {
    const s = statfsSync(path);
    return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  } catch {
    return { freeBytes: null, totalBytes: null };
  }
}

export async function listMounts(platform: NodeJS.Platform = process.platform): Promise<Mount[]> {
  try {
    if (platform === 'win32') {
      const ps = await run('powershell.exe', [
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        "Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | Select-Object DeviceID,VolumeName,DriveType | ConvertTo-Json",
      ]);
      return parseWindowsDisks(ps);
    }
    if (platform === 'darwin') return parseMacDf(await run('df', ['-P']));
    return parseLinuxMounts(readFileSync('/proc/mounts', 'utf8'), linuxDeviceIsRemovable);
  } catch {
    return [];
  }
}

/** Mounted removable drives with their free space. */
export async function listDrives(): Promise<Drive[]> {
  return (await listMounts()).map((m) => ({ ...m, ...freeSpace(m.path) }));
}

/** Whether `path` is on the same device as `other` (the data folder): a "backup" there dies with it. */
export function sameDevice(path: string, other: string): boolean {
  try {
    return statSync(path).dev === statSync(other).dev;
  } catch {
    return false;
  }
}
