// Pure policy for the Electron glue: which URLs may load, what the renderer may do, where files
// come from. No `electron` import, so every rule here is unit-tested under plain Node
// (tests/unit/security.test.ts); main.ts and ipc.ts only wire these answers into Electron.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'haven';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's policy, sent as a header on every app:// response.
 * style-src needs 'unsafe-inline': Mantine 9 renders <style> elements at run time (its CSS
 * variables, the responsive styles of Grid/SimpleGrid/Container, the colour-scheme switch) and
 * a nonce cannot be handed to a static bundle. Scripts stay 'self' only, and with connect-src
 * and img-src pinned to the app itself an injected style has nowhere to send anything.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for app://haven/… exactly: no other host, no port, no user info. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.host.toLowerCase() === APP_HOST &&
    u.username === '' &&
    u.password === ''
  );
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server URL, honoured only when the app is not packaged and it points at
 * this machine: a packaged Haven must never be talked into loading a page from elsewhere by an
 * environment variable.
 */
export function devServerUrlFrom(env: Record<string, string | undefined>, isPackaged: boolean): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !raw) return undefined;
  const u = parse(raw);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return undefined;
  if (!LOOPBACK_HOSTS.has(u.hostname) || u.username !== '' || u.password !== '') return undefined;
  return raw;
}

function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host === b.host;
}

/** Is this URL served by the dev server (its http(s) origin, or its HMR web socket)? */
function isDevServerUrl(u: URL, devServerUrl: string | undefined): boolean {
  if (!devServerUrl) return false;
  const dev = parse(devServerUrl);
  if (!dev) return false;
  if (sameOrigin(u, dev)) return true;
  const wsProtocol = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.protocol === wsProtocol && u.host === dev.host;
}

/** May a frame at `frameUrl` call the 'rpc' IPC channel? Only the app's own pages (or the dev server's). */
export function isTrustedSender(frameUrl: string, devServerUrl?: string): boolean {
  if (isAppUrl(frameUrl)) return true;
  const u = parse(frameUrl);
  if (!u || !devServerUrl) return false;
  const dev = parse(devServerUrl);
  return dev !== null && (u.protocol === 'http:' || u.protocol === 'https:') && sameOrigin(u, dev);
}

/**
 * The network air gap, applied to every request of the default session: the app's own files,
 * the DevTools front end, and in development the dev server. Everything else (http(s), file:,
 * ftp, ws to anywhere, data: documents, other origins' blob:) is cancelled, so a plugged-in cable
 * changes nothing. data: is let through only for images, matching the CSP's img-src. A blob: URL of
 * the app's own origin holds bytes the page already has (a CSV it saves): no network involved; the
 * CSP still keeps such URLs out of scripts and images, and isAllowedNavigation out of the window.
 */
export function shouldAllowRequest(url: string, devServerUrl?: string, resourceType?: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (isAppUrl(url) || isOwnBlobUrl(url)) return true;
  if (u.protocol === 'devtools:') return true;
  if (u.protocol === 'data:') return resourceType === 'image';
  return isDevServerUrl(u, devServerUrl);
}

/**
 * Where a top-level navigation may go: only the app's own index (the hash router changes the
 * fragment, which is not a navigation) or, in development, the dev server's page.
 */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (isAppUrl(url)) return u.pathname === '/' || u.pathname === '/index.html';
  if (!devServerUrl) return false;
  const dev = parse(devServerUrl);
  return (
    dev !== null &&
    (u.protocol === 'http:' || u.protocol === 'https:') &&
    sameOrigin(u, dev) &&
    (u.pathname === '/' || u.pathname === '/index.html')
  );
}

/** blob:app://haven/<uuid>: an object URL made by the app's own page. */
export function isOwnBlobUrl(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

/**
 * What the window may save to disk: only a file the page itself built (the Audit page's CSV, via
 * Blob + <a download>). Electron then shows its Save dialog; any other download is cancelled.
 */
export function isAllowedDownload(url: string): boolean {
  return isOwnBlobUrl(url);
}

/** Camera, microphone, notifications, geolocation, HID, serial, clipboard-read…: never. */
export function permissionDecision(): false {
  return false;
}

/** window.open and target=_blank never open a window (or a browser). */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Names Windows opens as devices (CON, NUL, COM1…) in any folder, with any extension. */
const WINDOWS_DEVICE = /^(con|conin\$|conout\$|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Maps app://haven/<path> to a file inside `rendererRoot`, or null when the URL is not the app's
 * or its path tries to leave the folder. Chromium canonicalises standard-scheme URLs before the
 * protocol handler sees them; this check does not rely on that. The raw URL text is examined
 * (not `URL.pathname`, which would silently fold `..` away) and refused on: `..` or `.` segments
 * (plain or percent-encoded, including an encoded `/`), backslashes, NUL, `:` (drive letters,
 * Windows alternate data streams), a `%` left after decoding (double encoding), absolute paths,
 * Windows device names (CON, NUL…), and directory paths other than the root (served as
 * index.html).
 */
export function resolveAppPath(rendererRoot: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const prefix = `${APP_ORIGIN}/`;
  if (url.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  let rawPath = url.slice(prefix.length);
  const end = rawPath.search(/[?#]/);
  if (end !== -1) rawPath = rawPath.slice(0, end);
  if (rawPath === '') return resolve(rendererRoot, 'index.html');
  if (rawPath.includes('\\')) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\\\0:%]/.test(decoded)) return null;
  if (decoded.startsWith('/') || decoded.endsWith('/')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || WINDOWS_DEVICE.test(s))) return null;

  const root = resolve(rendererRoot);
  const full = resolve(root, ...segments);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return full;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content type by extension; unknown files are served as opaque bytes (never sniffed). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every file served over app://. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/**
 * `--data-dir DIR`, `--data-dir=DIR` (the last one given wins) or HAVEN_DATA_DIR; the command
 * line beats the environment. Undefined when neither names a folder, so the caller falls back
 * to the user-data folder.
 */
export function parseDataDirArg(argv: readonly string[], env: Record<string, string | undefined>): string | undefined {
  let fromArgv: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        fromArgv = next;
        i++;
      }
    } else if (arg?.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value !== '') fromArgv = value;
    }
  }
  if (fromArgv !== undefined) return fromArgv;
  const fromEnv = env.HAVEN_DATA_DIR;
  return fromEnv ? fromEnv : undefined;
}
