// App lifecycle: one instance, one window, the app:// protocol, the network air gap and the
// core. Every decision is a pure function from security.ts; this file only wires them in.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, Menu, powerMonitor, protocol, session, type WebContents } from 'electron';
import { openCore, type Core } from './core/index.ts';
import backupWorker from './core/backup/worker.ts?modulePath';
import reportWorker from './core/reports/worker.ts?modulePath';
import { idleMinutesInForce } from './core/session/limits.ts';
import { OS_IDLE_POLL_MS, osIdleLockDue } from './idle.ts';
import { registerDialogs } from './dialogs.ts';
import { enforceSessionLimits, lockAllClients, registerRpc } from './ipc.ts';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  appResponseHeaders,
  devServerUrlFrom,
  isAllowedDownload,
  isAllowedNavigation,
  parseDataDirArg,
  permissionDecision,
  resolveAppPath,
  shouldAllowRequest,
  windowOpenDecision,
} from './security.ts';

const here = import.meta.dirname; // out/main
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');
const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);

// An explicit data folder also gets its own Chromium profile, so that a second Haven on another
// folder (a test run, a training copy) is not taken for this one by the single-instance lock.
const dataDirArg = parseDataDirArg(process.argv, process.env);
if (dataDirArg !== undefined) app.setPath('userData', join(resolve(dataDirArg), 'chromium-profile'));

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  app.on('window-all-closed', () => app.quit());

  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  app.whenReady().then(onReady, (e: unknown) => {
    console.error('[haven] could not start', e);
    app.exit(1);
  });
}

function onReady(): void {
  hardenSession();
  serveAppProtocol();

  const dataDir = dataDirArg !== undefined ? resolve(dataDirArg) : app.getPath('userData');
  // The core creates the folder if needed and makes it (and its files) private to this OS user.
  core = openCore({ dataDir, backupWorker, reportWorker, appVersion: app.getVersion() });
  registerRpc(core, { devServerUrl });
  registerDialogs();

  powerMonitor.on('suspend', lockAllClients);
  powerMonitor.on('lock-screen', lockAllClients);
  // Idle sessions end even when the window makes no call, and time away from the whole computer
  // counts too. The decisions are in the core (limits.ts) and idle.ts; only the timer lives here.
  setInterval(() => {
    if (!core) return;
    enforceSessionLimits();
    if (osIdleLockDue(powerMonitor.getSystemIdleTime(), idleMinutesInForce(core))) lockAllClients();
  }, OS_IDLE_POLL_MS);

  // No menu bar: its default entries include links to electronjs.org.
  Menu.setApplicationMenu(null);
  mainWindow = createWindow();
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = shouldAllowRequest(details.url, devServerUrl, details.resourceType);
    if (!allowed) console.warn(`[haven] blocked ${details.resourceType} request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  // The Audit page saves its CSV as a Blob + <a download>: Electron shows its Save dialog (started
  // in Documents); any download not built by the page itself is cancelled.
  ses.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ defaultPath: join(app.getPath('documents'), item.getFilename()) });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()));
  ses.setPermissionCheckHandler(() => permissionDecision());
  ses.setDevicePermissionHandler(() => permissionDecision());
  // Chromium would fetch hunspell dictionaries from Google's CDN; point it nowhere and switch it off.
  ses.setSpellCheckerDictionaryDownloadURL('https://invalid.invalid/');
  ses.setSpellCheckerEnabled(false);
}

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405 });
    }
    const filePath = resolveAppPath(rendererRoot, request.url);
    if (filePath === null) return new Response(null, { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: appResponseHeaders(filePath),
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

/** Applied to every webContents, including any the app never meant to create. */
function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => windowOpenDecision());
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Haven',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  // The title bar and taskbar stay "Haven": a page title could carry a resident's name onto a
  // shared screen.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? APP_INDEX_URL);
  return win;
}
