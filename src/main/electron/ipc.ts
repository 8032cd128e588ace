import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES } from '../../shared/contract/channels'
import type { RpcResult } from '../../shared/contract/errors'
import type { Dispatch } from '../door/dispatcher'
import type { Logger } from '../log'

const FORBIDDEN: RpcResult<never> = {
  ok: false,
  error: { kind: 'forbidden', message: 'This window may not use Clinic Intake.' },
}

/**
 * The IPC transport: one `ipcMain.handle` per contract channel (no generic "invoke anything"
 * channel), each checking who is calling before passing the payload, untouched, to the one door.
 */
export function registerIpcHandlers(options: {
  readonly dispatch: Dispatch
  readonly isTrusted: (event: IpcMainInvokeEvent) => boolean
  readonly log: Logger
}): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!options.isTrusted(event)) {
        options.log.info('ipc.forbidden', { channel })
        return FORBIDDEN
      }
      // The window's web contents is its sign-in session: the door looks up who is signed in.
      return options.dispatch(channel, payload, {
        shell: 'desktop',
        sessionKey: `window-${event.sender.id}`,
      })
    })
  }
}
