import { BrowserWindow } from 'electron'
import { STARTUP_PROGRESS_CHANNEL } from '../../shared/startup/startupProgressMessage'
import type { StartupProgressMessage } from '../../shared/startup/startupProgressMessage'
import type { Logger } from '../log'
import { startupPageUrl, startupWindowOptions } from './startupPage'

export interface StartupWindow {
  /** Shows this line and bar (kept, and sent again once the page has loaded). */
  show(message: StartupProgressMessage): void
  /** Removes the window (it cannot be closed by hand). */
  close(): void
}

/**
 * The small window the desktop shell shows while the core does its one-time work after an
 * upgrade, before the main window: the same plain line as the terminals, and a progress bar.
 */
export function openStartupWindow(options: {
  readonly preloadPath: string
  readonly log: Logger
}): StartupWindow {
  const window = new BrowserWindow(startupWindowOptions({ preloadPath: options.preloadPath }))
  window.removeMenu()
  let latest: StartupProgressMessage | null = null
  const send = () => {
    if (latest && !window.isDestroyed()) window.webContents.send(STARTUP_PROGRESS_CHANNEL, latest)
  }
  window.once('ready-to-show', () => window.show())
  window.webContents.on('did-finish-load', send)
  window.loadURL(startupPageUrl()).catch((error: unknown) => {
    options.log.error('startup.window_load_failed', error)
  })
  return {
    show(message) {
      latest = message
      send()
    },
    close() {
      if (!window.isDestroyed()) window.destroy()
    },
  }
}
