import { describe, expect, it, vi } from 'vitest'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels'

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
  it('exposes window.clinic and nothing else', () => {
    expect([...bridge.exposed.keys()]).toEqual(['clinic'])
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
