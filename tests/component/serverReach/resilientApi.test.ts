// The app's API client when the server does not answer: reads retry, writes report.
import { describe, expect, it, vi } from 'vitest'
import { resilientApi } from '../../../src/renderer/src/api/resilientApi'
import { createServerReach } from '../../../src/renderer/src/api/serverReach'
import { createClient } from '../../../src/shared/contract/client'
import type { Transport } from '../../../src/shared/contract/client'

const UNREACHABLE = {
  ok: false,
  error: { kind: 'internal', message: 'The app could not be reached.', ref: 'network' },
}

/** A transport that fails `failures` times, then answers with `answer`. */
function flakyTransport(failures: number, answer: unknown) {
  let left = failures
  const calls: string[] = []
  const transport: Transport = async (channel) => {
    calls.push(channel)
    if (left > 0) {
      left -= 1
      return UNREACHABLE
    }
    return answer
  }
  return { transport, calls }
}

const noWait = () => Promise.resolve()

describe('the resilient API client', () => {
  it('retries a read with growing waits until the server answers, and says so meanwhile', async () => {
    const { transport, calls } = flakyTransport(4, { ok: true, value: { patients: [] } })
    const reach = createServerReach()
    const waits: number[] = []
    const seenUnreachable: boolean[] = []
    const api = resilientApi(createClient(transport), reach, {
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms)
        seenUnreachable.push(reach.state.problem === 'network')
      },
    })
    await expect(api.patients.search({ query: 'smi' })).resolves.toEqual({
      ok: true,
      value: { patients: [] },
    })
    expect(calls).toHaveLength(5)
    expect(waits).toEqual([1000, 2000, 4000, 8000])
    expect(seenUnreachable.every(Boolean)).toBe(true)
    expect(reach.state.problem).toBeNull()
  })

  it('does not repeat a save by itself: its caller keeps what was typed and tries again', async () => {
    const { transport, calls } = flakyTransport(1, {
      ok: true,
      value: { id: 5, version: 2, updatedAt: '2026-11-26T09:01:00.000Z' },
    })
    const reach = createServerReach()
    const api = resilientApi(createClient(transport), reach, { sleep: noWait })
    const input = { id: 5, version: 1, step: 'painMap', values: {} }
    await expect(api.intakes.saveDraft(input)).resolves.toMatchObject({
      ok: false,
      error: { ref: 'network' },
    })
    expect(calls).toHaveLength(1)
    expect(reach.state.problem).toBe('network')
    expect(reach.state.lastSavedAt).toBeNull()
    await expect(api.intakes.saveDraft(input)).resolves.toMatchObject({ ok: true })
    expect(reach.state.problem).toBeNull()
    expect(reach.state.lastSavedAt).not.toBeNull()
  })

  it('reports a wrong certificate with its message, apart from "unreachable"', async () => {
    const message = 'Paired certificate SHA-256 AA:…; presented certificate SHA-256 BB:…'
    const transport: Transport = async () => ({
      ok: false,
      error: { kind: 'internal', message, ref: 'certificate' },
    })
    const reach = createServerReach()
    const api = resilientApi(createClient(transport), reach, { sleep: noWait })
    await api.intakes.submit({ id: 5, version: 1, answers: {} })
    expect(reach.state.problem).toBe('certificate')
    expect(reach.state.certificateMessage).toBe(message)
  })

  it('leaves other errors alone: they are answers, not an absent server', async () => {
    const conflict = { ok: false, error: { kind: 'conflict', message: 'Changed elsewhere.' } }
    const transport = vi.fn<Transport>(async () => conflict)
    const reach = createServerReach()
    const api = resilientApi(createClient(transport), reach, { sleep: noWait })
    await expect(api.intakes.get({ id: 5 })).resolves.toEqual(conflict)
    expect(transport).toHaveBeenCalledTimes(1)
    expect(reach.state.problem).toBeNull()
  })
})
