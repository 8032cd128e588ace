import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { CONNECTION_CHANNELS } from '../../shared/connection/connection'
import type { ConnectionStatus } from '../../shared/connection/connection'
import type { RpcResult } from '../../shared/contract/errors'
import type { Logger } from '../log'
import type { ConnectionController } from './connection/connectionController'

const FORBIDDEN: RpcResult<never> = {
  ok: false,
  error: { kind: 'forbidden', message: 'This window may not use Clinic Intake.' },
}

/**
 * The first screen's three calls (how this computer works), beside the contract's channels and
 * with the same sender check. They only pass through: the controller decides.
 */
export function registerConnectionIpc(options: {
  readonly controller: Pick<ConnectionController, 'status' | 'chooseLocal' | 'pair'>
  readonly isTrusted: (event: IpcMainInvokeEvent) => boolean
  readonly log: Logger
}): void {
  const { controller, log } = options
  const guarded =
    (channel: string, run: (payload: unknown) => Promise<RpcResult<ConnectionStatus>>) =>
    async (event: IpcMainInvokeEvent, payload: unknown): Promise<RpcResult<ConnectionStatus>> => {
      if (!options.isTrusted(event)) {
        log.info('ipc.forbidden', { channel })
        return FORBIDDEN
      }
      return run(payload)
    }

  ipcMain.handle(
    CONNECTION_CHANNELS.status,
    guarded(CONNECTION_CHANNELS.status, async () => ({ ok: true, value: controller.status() })),
  )
  ipcMain.handle(
    CONNECTION_CHANNELS.chooseLocal,
    guarded(CONNECTION_CHANNELS.chooseLocal, async () => controller.chooseLocal()),
  )
  ipcMain.handle(
    CONNECTION_CHANNELS.pair,
    guarded(CONNECTION_CHANNELS.pair, (payload) => controller.pair(payload)),
  )
}
