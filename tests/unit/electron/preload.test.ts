import { describe, expect, it, vi } from 'vitest'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels'
import { CONNECTION_CHANNELS } from '../../../src/shared/connection/connection'
import type { ConnectionBridge } from '../../../src/shared/connection/connection'
import { LIVE_CHANNELS } from '../../../src/shared/events/liveBridge'
import type { LiveBridge, LiveMessage } from '../../../src/shared/events/liveBridge'

// Electron cannot run here; stand-ins record what the preload exposes and sends.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, payload?: unknown) => Promise<unknown>>(),
  listeners: new Map<string, Set<(event: unknown, message: unknown) => void>>(),
}))
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: (event: unknown, message: unknown) => void) => {
      const set = bridge.listeners.get(channel) ?? new Set()
      set.add(listener)
      bridge.listeners.set(channel, set)
    },
    removeListener: (channel: string, listener: (event: unknown, message: unknown) => void) =>
      bridge.listeners.get(channel)?.delete(listener),
  },
}))

await import('../../../src/preload/index')

describe('the preload', () => {
  it('exposes window.clinic, the connection calls and the live updates, and nothing else', () => {
    expect([...bridge.exposed.keys()]).toEqual(['clinic', 'clinicConnection', 'clinicLive'])
  })

  it('offers live updates as start, stop and listen, passing on well-formed messages only', () => {
    const live = bridge.exposed.get('clinicLive') as LiveBridge
    expect(Object.keys(live).sort()).toEqual(['listen', 'start', 'stop'])
    bridge.invoke.mockResolvedValue(undefined)
    live.start()
    expect(bridge.invoke).toHaveBeenLastCalledWith(LIVE_CHANNELS.start)
    live.stop()
    expect(bridge.invoke).toHaveBeenLastCalledWith(LIVE_CHANNELS.stop)

    const heard: LiveMessage[] = []
    const stopListening = live.listen((message) => heard.push(message))
    const send = (message: unknown) => {
      for (const listener of bridge.listeners.get(LIVE_CHANNELS.message) ?? []) {
        listener({}, message)
      }
    }
    const event = { kind: 'alert.raised', alertId: 1, intakeId: 2, id: 3, at: 'now' }
    send({ kind: 'change', event })
    // Anything beyond ids and kinds is dropped on the way; what is not a message, entirely.
    send({ kind: 'change', event: { ...event, patientName: 'Smith' } })
    send({ kind: 'reload' })
    send({ kind: 'something else' })
    send({ kind: 'change', event: { ...event, alertId: 'x' } })
    expect(heard).toEqual([
      { kind: 'change', event },
      { kind: 'change', event },
      { kind: 'reload' },
    ])
    stopListening()
    send({ kind: 'reload' })
    expect(heard).toHaveLength(3)
  })

  it('offers the first screen exactly its three calls, each on its own channel', async () => {
    const connection = bridge.exposed.get('clinicConnection') as ConnectionBridge
    expect(Object.keys(connection).sort()).toEqual(['chooseLocal', 'pair', 'status'])
    bridge.invoke.mockResolvedValue({ ok: true, value: { mode: 'unchosen' } })
    await connection.status()
    expect(bridge.invoke).toHaveBeenLastCalledWith(CONNECTION_CHANNELS.status)
    const input = { origin: 'https://clinic', code: 'ABCD-EFGH', workstationName: 'Room 3' }
    await connection.pair(input)
    expect(bridge.invoke).toHaveBeenLastCalledWith(CONNECTION_CHANNELS.pair, input)
  })

  it('has one method per contract channel, grouped by namespace', () => {
    const clinic = bridge.exposed.get('clinic') as Record<string, Record<string, unknown>>
    for (const channel of CHANNEL_NAMES) {
      const [namespace, method] = channel.split('.') as [string, string]
      expect(typeof clinic[namespace]?.[method], channel).toBe('function')
    }
    expect(clinic).not.toHaveProperty('invoke')
  })

  it('sends each call on its own channel and checks the reply against the contract', async () => {
    const clinic = bridge.exposed.get('clinic') as ClinicApi
    bridge.invoke.mockResolvedValueOnce({ ok: true, value: { patients: [] } })
    await expect(clinic.patients.search({ query: 'smi' })).resolves.toEqual({
      ok: true,
      value: { patients: [] },
    })
    expect(bridge.invoke).toHaveBeenLastCalledWith('patients.search', { query: 'smi' })

    bridge.invoke.mockResolvedValueOnce({ ok: true, value: { surprise: 'field' } })
    await expect(clinic.patients.search({ query: 'x' })).resolves.toMatchObject({
      ok: false,
      error: { kind: 'internal' },
    })
  })
})
