import { describe, expect, it, vi } from 'vitest'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels'
import { CONNECTION_CHANNELS } from '../../../src/shared/connection/connection'
import type { ConnectionBridge } from '../../../src/shared/connection/connection'

// Electron cannot run here; stand-ins record what the preload exposes and sends.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, payload: unknown) => Promise<unknown>>(),
}))
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api),
  },
  ipcRenderer: { invoke: bridge.invoke },
}))

await import('../../../src/preload/index')

describe('the preload', () => {
  it('exposes window.clinic and the connection calls, and nothing else', () => {
    expect([...bridge.exposed.keys()]).toEqual(['clinic', 'clinicConnection'])
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
