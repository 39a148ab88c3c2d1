import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_HOST,
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME,
  appResponseHeaders,
  contentSecurityPolicy,
  devServerUrlFrom,
  isAllowedNavigation,
  isAppUrl,
  isTrustedSender,
  mimeTypeFor,
  parseDataDirArg,
  permissionDecision,
  resolveAppPath,
  isAllowedDownload,
  shouldAllowRequest,
  windowOpenDecision,
} from '../../electron/security.ts';

const DEV = 'http://localhost:5173';
const ROOT = resolve('/opt/haven/out/renderer');

describe('app scheme', () => {
  it('is app://haven', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('haven');
    expect(APP_ORIGIN).toBe('app://haven');
    expect(APP_INDEX_URL).toBe('app://haven/index.html');
  });

  it.each([
    'app://haven/',
    'app://haven/index.html',
    'app://haven/index.html#/residents/42',
    'app://haven/assets/index-abc123.js',
    'APP://HAVEN/index.html',
  ])('recognises %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://haven.evil.com/',
    'app://haven:8080/',
    'app://user@haven/',
    'app://user:pw@haven/',
    'https://haven/',
    'http://haven/index.html',
    'file:///opt/haven/out/renderer/index.html',
    'data:text/html,<h1>hi</h1>',
    'javascript:alert(1)',
    'about:blank',
    'appx://haven/',
    'haven/index.html',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('devServerUrlFrom', () => {
  it('takes ELECTRON_RENDERER_URL in an unpackaged app', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: DEV }, false)).toBe(DEV);
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5174/' }, false)).toBe('http://127.0.0.1:5174/');
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'https://[::1]:5173' }, false)).toBe('https://[::1]:5173');
  });

  it('ignores it in a packaged app', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: DEV }, true)).toBeUndefined();
  });

  it('ignores it when absent, empty, remote or not http(s)', () => {
    expect(devServerUrlFrom({}, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: '' }, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://example.com:5173' }, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost.evil.com:5173' }, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://x@localhost:5173' }, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeUndefined();
  });
});

describe('isTrustedSender', () => {
  it('trusts the app’s own pages', () => {
    expect(isTrustedSender('app://haven/index.html')).toBe(true);
    expect(isTrustedSender('app://haven/index.html#/login')).toBe(true);
    expect(isTrustedSender('app://haven/', DEV)).toBe(true);
  });

  it('trusts the dev server only when one is given', () => {
    expect(isTrustedSender('http://localhost:5173/')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', DEV)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/#/residents', DEV)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'ws://localhost:5173/',
    'https://example.com/',
    'app://evil/index.html',
    'app://haven:1/index.html',
    'file:///opt/haven/out/renderer/index.html',
    'data:text/html,<script>haven.invoke()</script>',
    'about:blank',
    'devtools://devtools/bundled/devtools_app.html',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, DEV)).toBe(false);
  });
});

describe('shouldAllowRequest (the air gap)', () => {
  it.each([
    'app://haven/index.html',
    'app://haven/assets/index-abc.js',
    'app://haven/assets/inter.woff2',
    'devtools://devtools/bundled/devtools_app.html',
    'blob:app://haven/1234',
  ])('allows %s', (url) => {
    expect(shouldAllowRequest(url)).toBe(true);
    expect(shouldAllowRequest(url, DEV)).toBe(true);
  });

  it.each([
    'http://example.com/',
    'https://example.com/tracker.js',
    'https://fonts.googleapis.com/css2?family=Inter',
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'http://localhost:5173/',
    'http://127.0.0.1/',
    'http://192.168.1.1/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'blob:https://example.com/1234',
    'blob:app://evil/1234',
    'blob:null/1234',
    'chrome://gpu',
    'chrome-extension://abc/page.html',
    'app://evil/index.html',
    'app://haven:81/index.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('cancels %s', (url) => {
    expect(shouldAllowRequest(url)).toBe(false);
    expect(shouldAllowRequest(url, undefined, 'mainFrame')).toBe(false);
  });

  it('allows the dev server and its HMR socket only in development', () => {
    expect(shouldAllowRequest('http://localhost:5173/', DEV, 'mainFrame')).toBe(true);
    expect(shouldAllowRequest('http://localhost:5173/@vite/client', DEV, 'script')).toBe(true);
    expect(shouldAllowRequest('ws://localhost:5173/?token=x', DEV, 'webSocket')).toBe(true);
    expect(shouldAllowRequest('wss://localhost:5173/', DEV, 'webSocket')).toBe(false);
    expect(shouldAllowRequest('ws://localhost:5174/', DEV, 'webSocket')).toBe(false);
    expect(shouldAllowRequest('http://localhost:5174/', DEV)).toBe(false);
    expect(shouldAllowRequest('https://localhost:5173/', DEV)).toBe(false);
    expect(shouldAllowRequest('https://example.com/', DEV)).toBe(false);
    expect(shouldAllowRequest('wss://localhost:8443/', 'https://localhost:8443', 'webSocket')).toBe(true);
  });

  it('lets data: through for images only, never as a document', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(shouldAllowRequest(png, undefined, 'image')).toBe(true);
    expect(shouldAllowRequest('data:text/html,<h1>x</h1>', undefined, 'mainFrame')).toBe(false);
    expect(shouldAllowRequest('data:text/html,<h1>x</h1>', undefined, 'subFrame')).toBe(false);
    expect(shouldAllowRequest('data:text/javascript,alert(1)', undefined, 'script')).toBe(false);
    expect(shouldAllowRequest(png)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows only the app’s index', () => {
    expect(isAllowedNavigation('app://haven/index.html')).toBe(true);
    expect(isAllowedNavigation('app://haven/')).toBe(true);
    expect(isAllowedNavigation('app://haven/index.html#/stays')).toBe(true);
    expect(isAllowedNavigation('app://haven/assets/index-abc.js')).toBe(false);
    expect(isAllowedNavigation('app://haven/other.html')).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///opt/haven/out/renderer/index.html',
    'data:text/html,hi',
    'javascript:alert(1)',
    'about:blank',
    'app://evil/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('allows the dev server’s page in development', () => {
    expect(isAllowedNavigation('http://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/index.html#/x', DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/@vite/client', DEV)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', DEV)).toBe(false);
  });
});

describe('permission and window answers', () => {
  it('denies every permission', () => {
    expect(permissionDecision()).toBe(false);
  });

  it('denies every new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('has exactly the expected directives', () => {
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('never allows inline or evaluated script, or any remote source', () => {
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*/);
  });
});

describe('resolveAppPath', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppPath(ROOT, 'app://haven/')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://haven/#/residents')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://haven/?x=1')).toBe(join(ROOT, 'index.html'));
  });

  it('maps files inside the renderer folder', () => {
    expect(resolveAppPath(ROOT, 'app://haven/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://haven/index.html#/stays?x=1')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://haven/assets/index-Ab1_2.js')).toBe(join(ROOT, 'assets', 'index-Ab1_2.js'));
    expect(resolveAppPath(ROOT, 'app://haven/assets/index.css?v=2')).toBe(join(ROOT, 'assets', 'index.css'));
    expect(resolveAppPath(ROOT, 'app://haven/fonts/Noto%20Sans.woff2')).toBe(join(ROOT, 'fonts', 'Noto Sans.woff2'));
    expect(resolveAppPath(ROOT, 'APP://HAVEN/assets/a.js')).toBe(join(ROOT, 'assets', 'a.js'));
    expect(resolveAppPath(ROOT, 'app://haven/..hidden.js')).toBe(join(ROOT, '..hidden.js'));
    expect(resolveAppPath(ROOT, 'app://haven/console.js')).toBe(join(ROOT, 'console.js'));
  });

  it('works with a relative root', () => {
    expect(resolveAppPath('out/renderer', 'app://haven/index.html')).toBe(resolve('out/renderer/index.html'));
  });

  it.each([
    // plain traversal
    'app://haven/../index.html',
    'app://haven/../../etc/passwd',
    'app://haven/assets/../../secret',
    'app://haven/assets/../index.html',
    'app://haven/./index.html',
    'app://haven/assets/./a.js',
    // percent-encoded dots and slashes
    'app://haven/%2e%2e/secret',
    'app://haven/%2E%2E/secret',
    'app://haven/.%2e/secret',
    'app://haven/%2e./secret',
    'app://haven/assets%2f..%2f..%2fsecret',
    'app://haven/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://haven/%2e%2e%5csecret',
    // double encoding
    'app://haven/%252e%252e/secret',
    'app://haven/%25',
    // backslashes
    'app://haven/..\\..\\secret',
    'app://haven/assets\\..\\..\\secret',
    'app://haven/\\\\server\\share\\x',
    // absolute paths and drive letters
    'app://haven//etc/passwd',
    'app://haven/%2fetc%2fpasswd',
    'app://haven/C:/Windows/win.ini',
    'app://haven/C%3a%5cWindows%5cwin.ini',
    'app://haven/index.html::$DATA',
    // NUL, malformed escapes, empty segments, directories
    'app://haven/index.html%00.png',
    'app://haven/%E0%A4%A',
    'app://haven/assets//a.js',
    'app://haven/assets/',
    // Windows device names
    'app://haven/CON',
    'app://haven/assets/nul.txt',
    'app://haven/com1.js',
    // not the app
    'app://evil/index.html',
    'app://haven:1/index.html',
    'app://x@haven/index.html',
    'http://haven/index.html',
    'file:///etc/passwd',
    'app://haven',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const tricky = [
      '..',
      '.',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '\\',
      '/',
      'a',
      '%00',
      '%25',
      ':',
      'CON',
      '%',
      'é',
      '?',
      '#',
    ];
    const outside = (p: string) => !p.startsWith(ROOT + (ROOT.endsWith('/') ? '' : '/'));
    for (const a of tricky) {
      for (const b of tricky) {
        for (const c of tricky) {
          const p = resolveAppPath(ROOT, `app://haven/${a}${b}/${c}`);
          if (p !== null) expect(outside(p), `${a}${b}/${c} → ${p}`).toBe(false);
        }
      }
    }
  });
});

describe('mimeTypeFor and appResponseHeaders', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['a.webp', 'image/webp'],
    ['favicon.ico', 'image/x-icon'],
    ['a.woff', 'font/woff'],
    ['a.woff2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['a.wasm', 'application/wasm'],
    ['README', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(join(ROOT, file))).toBe(type);
  });

  it('sends the CSP, nosniff and no caching with every file', () => {
    const headers = appResponseHeaders(join(ROOT, 'index.html'));
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cache-Control']).toBe('no-store');
  });
});

describe('parseDataDirArg', () => {
  const exe = ['/opt/Haven/haven', '.'];

  it('reads --data-dir DIR and --data-dir=DIR', () => {
    expect(parseDataDirArg([...exe, '--data-dir', '/srv/haven'], {})).toBe('/srv/haven');
    expect(parseDataDirArg([...exe, '--data-dir=/srv/haven'], {})).toBe('/srv/haven');
    expect(parseDataDirArg([...exe, '--data-dir=C:\\Haven Data'], {})).toBe('C:\\Haven Data');
    expect(parseDataDirArg([...exe, '--data-dir=./rel'], {})).toBe('./rel');
    expect(parseDataDirArg([...exe, '--data-dir=a=b'], {})).toBe('a=b');
  });

  it('finds it among other switches', () => {
    expect(parseDataDirArg([...exe, '--inspect=0', '--data-dir', 'd', '--remote-debugging-port=0'], {})).toBe('d');
  });

  it('takes the last one given', () => {
    expect(parseDataDirArg([...exe, '--data-dir', 'a', '--data-dir=b'], {})).toBe('b');
    expect(parseDataDirArg([...exe, '--data-dir=a', '--data-dir', 'b'], {})).toBe('b');
  });

  it('falls back to HAVEN_DATA_DIR, and the command line wins', () => {
    expect(parseDataDirArg(exe, { HAVEN_DATA_DIR: '/env/dir' })).toBe('/env/dir');
    expect(parseDataDirArg([...exe, '--data-dir', '/arg/dir'], { HAVEN_DATA_DIR: '/env/dir' })).toBe('/arg/dir');
    expect(parseDataDirArg([...exe, '--data-dir=/arg/dir'], { HAVEN_DATA_DIR: '/env/dir' })).toBe('/arg/dir');
  });

  it('is undefined when absent or empty', () => {
    expect(parseDataDirArg([], {})).toBeUndefined();
    expect(parseDataDirArg(exe, {})).toBeUndefined();
    expect(parseDataDirArg(exe, { HAVEN_DATA_DIR: '' })).toBeUndefined();
    expect(parseDataDirArg([...exe, '--data-dir='], {})).toBeUndefined();
    expect(parseDataDirArg([...exe, '--data-dir'], {})).toBeUndefined();
    expect(parseDataDirArg([...exe, '--data-dir', ''], {})).toBeUndefined();
  });

  it('does not swallow the next switch as a folder', () => {
    expect(parseDataDirArg([...exe, '--data-dir', '--inspect=0'], {})).toBeUndefined();
    expect(parseDataDirArg([...exe, '--data-dir', '--inspect=0'], { HAVEN_DATA_DIR: '/env' })).toBe('/env');
  });

  it('ignores look-alikes', () => {
    expect(parseDataDirArg([...exe, '--data-directory=/x', '--datadir', '/y', 'data-dir=/z'], {})).toBeUndefined();
  });
});

describe('isAllowedDownload', () => {
  it('saves only what the page itself built', () => {
    expect(isAllowedDownload('blob:app://haven/5b9c1e0a-0000-4000-8000-000000000000')).toBe(true);
    for (const url of [
      'https://example.com/x.csv',
      'app://haven/index.html',
      'blob:app://evil/1',
      'blob:http://localhost:5173/1',
      'data:text/csv,a',
      'file:///etc/passwd',
    ]) {
      expect(isAllowedDownload(url), url).toBe(false);
    }
  });
});
