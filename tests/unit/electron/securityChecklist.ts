/**
 * Electron's security checklist as every window's webPreferences must show it, written out here
 * (not imported from the app) so a test fails when the app's settings loosen.
 */
export const SECURITY_CHECKLIST = {
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
  spellcheck: false,
} as const
