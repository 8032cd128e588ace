import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { registerConnectionIpc } from '../../../src/main/electron/connectionIpc'
import { CONNECTION_CHANNELS } from '../../../src/shared/connection/connection'
import { silentLogger } from '../../../src/main/log'

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown

// Electron cannot run here; a stand-in ipcMain records what is registered.
const ipc = vi.hoisted(() => ({ handlers: new Map<string, Listener>() }))
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => ipc.handlers.set(channel, listener) },
}))

const event = { sender: { id: 3 } } as unknown as IpcMainInvokeEvent

function register(trusted: boolean) {
  ipc.handlers.clear()
  const controller = {
    status: vi.fn(() => ({ mode: 'unchosen' as const })),
    chooseLocal: vi.fn(() => ({ ok: true as const, value: { mode: 'local' as const } })),
    pair: vi.fn(async () => ({ ok: true as const, value: { mode: 'local' as const } })),
  }
  registerConnectionIpc({ controller, isTrusted: () => trusted, log: silentLogger })
  return controller
}

describe('the connection IPC of the desktop shell', () => {
  it('registers the three connection calls and passes trusted ones to the controller', async () => {
    const controller = register(true)
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(CONNECTION_CHANNELS).sort())
    await expect(ipc.handlers.get(CONNECTION_CHANNELS.status)?.(event, undefined)).resolves.toEqual(
      {
        ok: true,
        value: { mode: 'unchosen' },
      },
    )
    const input = { origin: 'https://clinic', code: 'ABCD-EFGH', workstationName: 'A' }
    await ipc.handlers.get(CONNECTION_CHANNELS.pair)?.(event, input)
    expect(controller.pair).toHaveBeenCalledWith(input)
  })

  it('refuses every call from a sender that is not our own page', async () => {
    const controller = register(false)
    for (const channel of Object.values(CONNECTION_CHANNELS)) {
      await expect(ipc.handlers.get(channel)?.(event, {})).resolves.toMatchObject({
        ok: false,
        error: { kind: 'forbidden' },
      })
    }
    expect(controller.chooseLocal).not.toHaveBeenCalled()
    expect(controller.pair).not.toHaveBeenCalled()
  })
})
