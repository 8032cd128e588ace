import { ipcMain, Notification, webContents } from 'electron'
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { LIVE_CHANNELS } from '../../shared/events/liveBridge'
import type { Logger } from '../log'
import { createAlertNotifier, EMERGENCY_NOTIFICATION } from './live/alertNotifier'
import type { AlertNotifierOptions } from './live/alertNotifier'
import { createLiveRelay } from './live/liveRelay'
import type { LiveRelay, OpenLive } from './live/liveRelay'
import { focusWindow } from './mainWindow'

/** The same key the contract's IPC handlers use for the window's sign-in (see ipc.ts). */
export const windowKeyOf = (webContentsId: number) => `window-${webContentsId}`

/**
 * The live updates' IPC: the window starts and stops them (with the same sender check as every
 * call), and the relay sends each message to that window only. An emergency alert in a
 * clinician's window also shows a system notification; clicking it brings the window forward.
 * Everything that decides lives in ./live and is tested with stand-ins.
 */
export function registerLiveIpc(options: {
  readonly open: OpenLive
  readonly roleOf: AlertNotifierOptions['roleOf']
  readonly windowOf: (windowKey: string) => BrowserWindow | null
  readonly isTrusted: (event: IpcMainInvokeEvent) => boolean
  readonly log: Logger
}): LiveRelay {
  const { log } = options
  const notifier = createAlertNotifier({
    roleOf: options.roleOf,
    log,
    notify: (windowKey) => {
      if (!Notification.isSupported()) return
      const notification = new Notification({
        title: EMERGENCY_NOTIFICATION.title,
        body: EMERGENCY_NOTIFICATION.body,
        urgency: 'critical',
      })
      notification.on('click', () => focusWindow(options.windowOf(windowKey)))
      notification.show()
    },
  })
  const relay = createLiveRelay({
    open: options.open,
    send: (windowKey, message) => {
      const id = Number(windowKey.slice('window-'.length))
      const target = webContents.fromId(id)
      if (target && !target.isDestroyed()) target.send(LIVE_CHANNELS.message, message)
    },
    observe: (windowKey, message) => void notifier.observe(windowKey, message),
  })

  const watched = new Set<string>()
  const guarded = (channel: string, run: (windowKey: string) => void) => {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent) => {
      if (!options.isTrusted(event)) {
        log.info('ipc.forbidden', { channel })
        return
      }
      const windowKey = windowKeyOf(event.sender.id)
      if (!watched.has(windowKey)) {
        watched.add(windowKey)
        // A window that closes without saying stop: its updates end with it.
        event.sender.once('destroyed', () => {
          watched.delete(windowKey)
          relay.stop(windowKey)
          notifier.forget(windowKey)
        })
      }
      run(windowKey)
    })
  }
  guarded(LIVE_CHANNELS.start, (windowKey) => relay.start(windowKey))
  guarded(LIVE_CHANNELS.stop, (windowKey) => relay.stop(windowKey))
  return relay
}
