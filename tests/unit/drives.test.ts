import { expect, it } from 'vitest';
import { parseLinuxMounts, parseMacDf, parseWindowsDisks } from '../../electron/core/platform/drives.ts';

// Outputs recorded on each OS with one or two USB sticks plugged in, and with none.

const WINDOWS_TWO = `[
    {
        "DeviceID":  "E:",
        "VolumeName":  "KINGSTON",
        "DriveType":  2
    },
    {
        "DeviceID":  "F:",
        "VolumeName":  "",
        "DriveType":  2
    }
]`;
const WINDOWS_ONE = `{
    "DeviceID":  "E:",
    "VolumeName":  "BACKUP HAVEN",
    "DriveType":  2
}`;

it('Windows: removable logical disks from CIM as JSON, one object or an array, and none', () => {
  expect(parseWindowsDisks(WINDOWS_TWO)).toEqual([
    { path: 'E:\\', label: 'KINGSTON (E:)' },
    { path: 'F:\\', label: 'F:' },
  ]);
  expect(parseWindowsDisks(WINDOWS_ONE)).toEqual([{ path: 'E:\\', label: 'BACKUP HAVEN (E:)' }]);
  expect(parseWindowsDisks('')).toEqual([]);
  expect(parseWindowsDisks('\r\n')).toEqual([]);
});

const LINUX_MOUNTS = `sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime,errors=remount-ro 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime,fmask=0077,dmask=0077 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime,size=1621452k,mode=700,uid=1000,gid=1000 0 0
/dev/sdb1 /media/ana/KINGSTON vfat rw,nosuid,nodev,relatime,uid=1000,gid=1000,fmask=0022 0 0
/dev/sdc1 /run/media/ana/My\\040Stick exfat rw,nosuid,nodev,relatime,uid=1000,gid=1000 0 0
/dev/sdd1 /mnt/usb ext4 rw,relatime 0 0
/dev/sda1 /data ext4 rw,relatime 0 0
`;
const LINUX_NONE = `/dev/nvme0n1p2 / ext4 rw,relatime,errors=remount-ro 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime 0 0
`;

it('Linux: mounts under /media and /run/media, or of a removable or USB block device; and none', () => {
  const removable = (dev: string) => dev === '/dev/sdd1';
  expect(parseLinuxMounts(LINUX_MOUNTS, removable)).toEqual([
    { path: '/media/ana/KINGSTON', label: 'KINGSTON' },
    { path: '/run/media/ana/My Stick', label: 'My Stick' },
    { path: '/mnt/usb', label: 'usb' },
  ]);
  expect(parseLinuxMounts(LINUX_NONE, () => false)).toEqual([]);
  expect(parseLinuxMounts('', () => true)).toEqual([]);
});

const MAC_DF = `Filesystem     512-blocks      Used Available Capacity  Mounted on
/dev/disk3s1s1  965595304  20187864 640432624     4%    /
devfs                 401       401         0   100%    /dev
/dev/disk3s6    965595304   2097192 640432624     1%    /System/Volumes/VM
/dev/disk3s5    965595304 301060248 640432624    32%    /System/Volumes/Data
map auto_home           0         0         0   100%    /System/Volumes/Data/home
/dev/disk4s1     60996608    413312  60583296     1%    /Volumes/BACKUP
/dev/disk5s1     30497792     12800  30484992     1%    /Volumes/Untitled 2
`;
const MAC_NONE = `Filesystem     512-blocks      Used Available Capacity  Mounted on
/dev/disk3s1s1  965595304  20187864 640432624     4%    /
devfs                 401       401         0   100%    /dev
`;

it('macOS: volumes mounted under /Volumes, names with spaces; and none', () => {
  expect(parseMacDf(MAC_DF)).toEqual([
    { path: '/Volumes/BACKUP', label: 'BACKUP' },
    { path: '/Volumes/Untitled 2', label: 'Untitled 2' },
  ]);
  expect(parseMacDf(MAC_NONE)).toEqual([]);
});
