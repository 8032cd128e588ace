import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels'
import { registerIpcHandlers } from '../../../src/main/electron/ipc'
import type { Dispatch } from '../../../src/main/door/dispatcher'
import { silentLogger } from '../../../src/main/log'

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown

// Electron cannot run here; a stand-in ipcMain records what the transport registers.
const ipc = vi.hoisted(() => ({ handlers: new Map<string, Listener>() }))
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => ipc.handlers.set(channel, listener) },
}))

const event = { sender: { id: 3 } } as unknown as IpcMainInvokeEvent

function register(trusted: boolean) {
  ipc.handlers.clear()
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: { patients: [] } }))
  registerIpcHandlers({ dispatch, isTrusted: () => trusted, log: silentLogger })
  return dispatch
}

describe('the IPC transport', () => {
  it('registers exactly one handler per contract channel and no generic one', () => {
    register(true)
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('passes a trusted call, untouched, to the one door as its window session', async () => {
    const dispatch = register(true)
    const payload = { query: 'smi' }
    const reply = await ipc.handlers.get('patients.search')?.(event, payload)
    expect(reply).toEqual({ ok: true, value: { patients: [] } })
    // The window is the session; who is signed in to it is the door's to look up, never the
    // transport's to claim.
    expect(dispatch).toHaveBeenCalledWith('patients.search', payload, {
      shell: 'desktop',
      sessionKey: 'window-3',
    })
  })

  it('answers an untrusted sender with forbidden and never reaches the door', async () => {
    const dispatch = register(false)
    const reply = await ipc.handlers.get('patients.create')?.(event, { givenName: 'x' })
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(dispatch).not.toHaveBeenCalled()
  })
})
