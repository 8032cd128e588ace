import { BrowserWindow, dialog } from 'electron'
import type { Logger } from '../log'
import type { RendererLocation } from './rendererLocation'
import { askBeforeDroppingUnsavedWork } from './unsavedWorkPrompt'
import { mainWindowOptions } from './windowOptions'

export function createMainWindow(options: {
  readonly preloadPath: string
  readonly renderer: RendererLocation
  readonly developerTools: boolean
  readonly log: Logger
}): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath: options.preloadPath, developerTools: options.developerTools }),
  )
  window.once('ready-to-show', () => window.show())
  askBeforeDroppingUnsavedWork(window, (parent, question) =>
    dialog.showMessageBoxSync(parent, question),
  )
  const loading =
    options.renderer.kind === 'devServer'
      ? window.loadURL(options.renderer.url)
      : window.loadFile(options.renderer.path)
  loading.catch((error: unknown) => {
    options.log.error('window.load_failed', error)
    // Show the (blank) window anyway so the app is not invisibly running.
    if (!window.isDestroyed()) window.show()
  })
  return window
}

/** A second launch brings the existing window to the front instead of opening another. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
