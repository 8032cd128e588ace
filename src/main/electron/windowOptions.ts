import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { PRODUCT_NAME } from '../dataDir'

/**
 * The main window's options. Kept free of Electron runtime imports so tests can pin every
 * security-relevant flag (Electron's security checklist), even where Electron cannot run.
 */
export function mainWindowOptions(options: {
  readonly preloadPath: string
  /** DevTools only in an unpackaged (developer) build. */
  readonly developerTools: boolean
}): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    // Shown on 'ready-to-show' so staff never see a blank white frame while the page loads.
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath, options.developerTools),
  }
}

/**
 * Electron's security checklist for every window of the app: an isolated, sandboxed page with
 * no Node, no webview, no insecure content, and only our own preload.
 */
export function secureWebPreferences(preloadPath: string, developerTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // The spellchecker fetches dictionaries from the internet and underlines patient names.
    spellcheck: false,
    devTools: developerTools,
  }
}
