import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, dialog, Menu, safeStorage, session } from 'electron'
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { openCoreHost } from '../host/coreHost'
import type { CoreHost } from '../host/coreHost'
import { oneTimeWorkPending } from '../host/oneTimeWorkPending'
import { prepareInWorker } from '../host/prepareInWorker'
import { createStartupProgressReporter } from '../host/startupProgressReporter'
import { startupProgressText } from '../host/startupProgressText'
import type { InstallationKeys } from '../storage/installationKeys'
import { databaseFile, PRODUCT_NAME, resolveDataDir } from '../dataDir'
import type { Dispatch } from '../door/dispatcher'
import { streamRefusal } from '../door/sessionRefusal'
import { pairWithServer } from '../server/pairWithServer'
import { createPinnedClient } from '../server/pinnedClient'
import { keeperOf } from '../storage/keyKeepers'
import { createShellLogger } from '../logging/shellLogger'
import { restrictNewFiles } from '../storage/fileModes'
import { loadOrCreateKeystoreKeys } from './keystoreKeys'
import { createConnectionController } from './connection/connectionController'
import type { ConnectionController } from './connection/connectionController'
import { createConnectionFileStore } from './connection/connectionFile'
import { createCookieJars } from './connection/cookieJars'
import { registerConnectionIpc } from './connectionIpc'
import { dataDirFromCommandLine } from './commandLine'
import { registerIpcHandlers } from './ipc'
import { subscribeLocalLive } from './live/localLiveSource'
import { roleThroughDoor } from './live/alertNotifier'
import { registerLiveIpc } from './liveIpc'
import { isTrustedSender } from './ipcSender'
import type { IpcSender } from './ipcSender'
import { createMainWindow, focusWindow } from './mainWindow'
import { menuTemplate } from './menuTemplate'
import { resolveNativeBinding } from './nativeBinding'
import { rendererLocation } from './rendererLocation'
import { hardenAllWebContents, hardenSession } from './security'
import { startupErrorMessage } from './startupError'
import { openStartupWindow } from './startupWindow'
import type { StartupWindow } from './startupWindow'
import { createElectronSummaryActions } from './summaryActions'

/**
 * Entry of the desktop shell (built to out/main/electron.js). It only wires Electron to the
 * shared core: the database and the one door live in ../core, the page in out/renderer.
 */

// out/main/electron.js -> out/preload, out/renderer and the repository root. (Paths are built
// with join rather than `new URL(..., import.meta.url)`, which Vite would treat as an asset.)
const outMainDir = dirname(fileURLToPath(import.meta.url))
const PRELOAD_PATH = join(outMainDir, '..', 'preload', 'index.cjs')
const STARTUP_PRELOAD_PATH = join(outMainDir, '..', 'preload', 'startupProgress.cjs')
const INDEX_HTML_PATH = join(outMainDir, '..', 'renderer', 'index.html')
const APP_ROOT = join(outMainDir, '..', '..')

const log = createShellLogger()
const developerTools = !app.isPackaged
const renderer = rendererLocation({
  indexHtmlPath: INDEX_HTML_PATH,
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
})
let mainWindow: BrowserWindow | null = null

function main(): void {
  // Before anything is written: the database, backups, exports and keys are for this account only.
  restrictNewFiles()
  app.setName(PRODUCT_NAME)
  // setName does not move userData (Electron fixes it at launch, and names it "Electron" when
  // started on a script), so it is set explicitly: to the data folder. The database then lives
  // under userData by default, matching defaultDataDir(), and each data folder gets its own
  // single-instance lock (Electron keys the lock on userData).
  const dataDir = resolve(
    resolveDataDir(dataDirFromCommandLine(process.argv), () =>
      join(app.getPath('appData'), PRODUCT_NAME),
    ),
  )
  // Chromium's own files (cache, local storage) go to a subfolder, so the data folder holds the
  // database and little else, and a backup of it need not copy a browser profile.
  const sessionDataDir = join(dataDir, 'session-data')
  try {
    mkdirSync(sessionDataDir, { recursive: true })
    // Rotating files in <dataDir>/logs/, where a support person finds an error's reference.
    log.writeToDataDir(dataDir)
    app.setPath('userData', dataDir)
    app.setPath('sessionData', sessionDataDir)
  } catch (error) {
    failAtStartup(error, dataDir)
    return
  }

  app.enableSandbox()
  if (!app.requestSingleInstanceLock()) {
    // Another window is already open on this data folder; it comes to the front instead.
    app.quit()
    return
  }
  app.on('second-instance', () => focusWindow(mainWindow))
  hardenAllWebContents()
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Ctrl-C in the terminal (or `npm start`'s forwarded signal) quits cleanly, closing the database.
  process.on('SIGINT', () => app.quit())
  process.on('SIGTERM', () => app.quit())

  app
    .whenReady()
    .then(() => onReady(dataDir))
    .catch((error: unknown) => failAtStartup(error, dataDir))
}

async function onReady(dataDir: string): Promise<void> {
  hardenSession(session.defaultSession)
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ platform: process.platform, developerTools })),
  )
  const connectionStore = createConnectionFileStore({ dataDir, safeStorage, log })
  // An upgrade's one-time work (encryption, migrations, the audit hand-over) can take a minute
  // on a big database: done first, in a worker, with a progress window, before the main window.
  let startupWindow: StartupWindow | null = null
  if (connectionStore.read()?.mode !== 'server' && existsSync(databaseFile(dataDir))) {
    try {
      startupWindow = await prepareLocalCore(dataDir)
    } catch (error) {
      // The open below meets the same problem and reports it as on any start.
      log.error('startup.prepare_failed', error)
    }
  }

  // Where calls go: this computer's own core ("This computer only", what an existing install
  // keeps) or the clinic server this computer paired with (see connection/connectionController).
  let host: CoreHost | null = null
  let controller: ConnectionController
  let launched = false
  // Save and Print dialogs on this computer, whether the document was made here or on a server.
  const fileActions = createElectronSummaryActions(() => mainWindow)
  try {
    controller = createConnectionController({
      store: connectionStore,
      hasLocalData: () => existsSync(databaseFile(dataDir)) || keeperOf(dataDir) !== null,
      openLocal: (): Dispatch => {
        try {
          const opened = openLocalCore(dataDir)
          host = opened
          return opened.dispatch
        } catch (error) {
          // At launch the catch below reports it; chosen on the first screen, the same error box.
          if (launched) failAtStartup(error, dataDir)
          throw error
        }
      },
      pair: (input) => pairWithServer(input),
      connect: (server) => createPinnedClient(server),
      cookies: createCookieJars(),
      log,
      fileActions,
      // This computer's hub, for windows signed in here (the door keys a window's session so).
      localLive: (windowKey, deliver) => {
        const core = host?.core() ?? null
        return subscribeLocalLive({
          hub: core?.events ?? null,
          // As the clinic server's stream: not before a person has chosen their own password.
          isSignedIn: () => core !== null && streamRefusal(core.sessions.peek(windowKey)) === null,
          deliver,
        })
      },
    })
    controller.start()
    launched = true
  } catch (error) {
    startupWindow?.close()
    failAtStartup(error, dataDir)
    return
  }
  app.on('will-quit', () => {
    host?.close()
    controller.close()
    void log.close()
  })

  const isTrusted = (event: IpcMainInvokeEvent) => isTrustedSender(describeSender(event), renderer)
  registerIpcHandlers({ dispatch: controller.dispatch, isTrusted, log })
  registerConnectionIpc({ controller, isTrusted, log })
  const live = registerLiveIpc({
    open: controller.openLive,
    roleOf: roleThroughDoor(controller.dispatch),
    windowOf: () => mainWindow,
    isTrusted,
    log,
  })
  app.on('will-quit', () => live.stopAll())
  openMainWindow(controller)
  // After the main window exists, so that closing this one never leaves the app windowless.
  startupWindow?.close()
  // macOS keeps the app running with no window; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow(controller)
  })
}

/**
 * This computer's own core. A damaged or too-new database opens the host in recovery mode: the
 * window then shows the damaged-database screen (with restore from a backup) instead of an error
 * box. The key comes from the system keystore (safeStorage, usable once the app is ready), else
 * the key file with a logged warning. Any other failure is thrown (the caller shows the error box).
 */
function openLocalCore(dataDir: string): CoreHost {
  return openCoreHost({
    dataDir,
    log,
    keys: localKeys(dataDir),
    nativeBinding: nativeBindingPath(),
    shell: 'desktop',
    scheduleBackups: true,
    desktopFileActions: createElectronSummaryActions(() => mainWindow),
  })
}

function nativeBindingPath(): string {
  return resolveNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot: APP_ROOT,
  })
}

let keysOfThisComputer: InstallationKeys | null = null

/** Read once: the progress step and the open after it use the same keys. */
function localKeys(dataDir: string): InstallationKeys {
  keysOfThisComputer ??= loadOrCreateKeystoreKeys({ dataDir, safeStorage, log })
  return keysOfThisComputer
}

/**
 * Does the one-time work of a first start after an upgrade in a worker thread (see
 * host/prepareInWorker), with a small window showing the same line as the terminal and a bar,
 * updated every second (the estimate counts down while one long step gives no report). Returns
 * the window, to be closed once the main window exists; null when there is nothing to do.
 */
async function prepareLocalCore(dataDir: string): Promise<StartupWindow | null> {
  const keys = localKeys(dataDir)
  const nativeBinding = nativeBindingPath()
  const file = databaseFile(dataDir)
  if (!oneTimeWorkPending({ file, key: keys.database, nativeBinding })) return null
  const reporter = createStartupProgressReporter({
    write: (line) => process.stdout.write(line),
    log,
  })
  const window = openStartupWindow({ preloadPath: STARTUP_PRELOAD_PATH, log })
  const showStatus = () => {
    const status = reporter.status()
    if (status) window.show({ text: startupProgressText(status), percent: status.percent })
  }
  const timer = setInterval(() => {
    reporter.tick()
    showStatus()
  }, 1000)
  try {
    await prepareInWorker({
      dataDir,
      keys,
      nativeBinding,
      shell: 'desktop',
      log,
      onProgress: (progress) => {
        reporter.onProgress(progress)
        showStatus()
      },
    })
  } catch (error) {
    window.close()
    throw error
  } finally {
    clearInterval(timer)
  }
  return window
}

function openMainWindow(controller: ConnectionController): void {
  const window = createMainWindow({ preloadPath: PRELOAD_PATH, renderer, developerTools, log })
  // The window's session key (see ipc.ts); its clinic-server session cookie goes with it.
  const windowKey = `window-${window.webContents.id}`
  window.on('closed', () => {
    controller.windowClosed(windowKey)
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
}

function describeSender(event: IpcMainInvokeEvent): IpcSender {
  const window = mainWindow
  try {
    const frame = event.senderFrame
    return {
      fromMainWindow:
        window !== null && !window.isDestroyed() && event.sender.id === window.webContents.id,
      fromMainFrame:
        frame !== null && frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId,
      frameUrl: frame?.url ?? null,
    }
  } catch {
    // A frame that was disposed mid-call throws on access: it is nobody we trust.
    return { fromMainWindow: false, fromMainFrame: false, frameUrl: null }
  }
}

function failAtStartup(error: unknown, dataDir: string): void {
  log.error('startup.failed', error)
  const message = startupErrorMessage(error, { dataDir, isPackaged: app.isPackaged })
  // Before 'ready' an error box only reaches stderr on Linux, so wait for it.
  void app.whenReady().then(() => {
    dialog.showErrorBox(`${PRODUCT_NAME} cannot start`, message)
    app.exit(1)
  })
}

main()
