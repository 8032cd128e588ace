import { describe, expect, it, vi } from 'vitest'
import { createSessionGate, gatedApi } from '../../../src/renderer/src/api/sessionGate'
import type { ClinicApi } from '../../../src/shared/contract/client'

const LOCKED = {
  ok: false,
  error: { kind: 'unauthenticated', message: 'locked', reason: 'locked' },
} as const
const SAVED = { ok: true, value: { id: 1, version: 3, updatedAt: 'now' } } as const

function fakeApi(saveDraft: (input: unknown) => Promise<unknown>) {
  return {
    intakes: { saveDraft },
    auth: { status: vi.fn(async () => ({ ok: true, value: { state: 'locked' } })) },
  } as unknown as ClinicApi
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the session gate', () => {
  it('holds a save made while the screen is locked and sends it after the unlock', async () => {
    const gate = createSessionGate()
    const saveDraft = vi.fn(async () => SAVED)
    const api = gatedApi(fakeApi(saveDraft), gate)
    gate.close()
    const pending = api.intakes.saveDraft({ id: 1, version: 2, step: 'pain', values: {} })
    await tick()
    expect(saveDraft).not.toHaveBeenCalled()
    gate.open()
    expect(await pending).toEqual(SAVED)
    expect(saveDraft).toHaveBeenCalledTimes(1)
  })

  it('sends a save again after the unlock when the server had locked the session itself', async () => {
    const gate = createSessionGate()
    const refused = vi.fn()
    gate.onRefused(refused)
    const saveDraft = vi.fn().mockResolvedValueOnce(LOCKED).mockResolvedValueOnce(SAVED)
    const api = gatedApi(fakeApi(saveDraft), gate)
    const pending = api.intakes.saveDraft({ id: 1, version: 2, step: 'pain', values: {} })
    await tick()
    expect(refused).toHaveBeenCalledWith('locked')
    expect(gate.isOpen()).toBe(false)
    expect(saveDraft).toHaveBeenCalledTimes(1)
    gate.open()
    expect(await pending).toEqual(SAVED)
    expect(saveDraft).toHaveBeenCalledTimes(2)
  })

  it('never holds the sign-in channels, which must work on the locked screen', async () => {
    const gate = createSessionGate()
    const api = gatedApi(fakeApi(vi.fn()), gate)
    gate.close()
    expect(await api.auth.status({})).toMatchObject({ ok: true })
  })
})
