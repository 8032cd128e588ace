// Autosave while the clinic server is away: growing waits between tries, typing kept in memory.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosave } from '../../../src/renderer/src/features/intake/autosave'
import type { SaveOutcome } from '../../../src/renderer/src/features/intake/autosave'
import { MAX_RETRY_DELAY_MS, retryDelayMs } from '../../../src/renderer/src/api/retryDelay'

beforeEach(() => {
  vi.useFakeTimers()
  // No jitter: each wait is exactly its base.
  vi.spyOn(Math, 'random').mockReturnValue(0.5)
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** The times (ms after the first try) at which `save` was called. */
function timesOf(calls: number[], start: number): number[] {
  return calls.map((at) => at - start)
}

describe('autosave while the server cannot be reached', () => {
  it('waits 1, 2, 4, 8 and then at most 15 seconds between tries', async () => {
    const calls: number[] = []
    const save = vi.fn(async (): Promise<SaveOutcome> => {
      calls.push(Date.now())
      return 'error'
    })
    const autosave = createAutosave(save, { delayMs: 100 })
    autosave.changed()
    await vi.advanceTimersByTimeAsync(100)
    const start = Date.now()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(timesOf(calls, start).slice(0, 7)).toEqual([0, 1000, 3000, 7000, 15000, 30000, 45000])
    expect(autosave.status.value).toBe('error')
    expect(autosave.hasUnsavedChanges()).toBe(true)
  })

  it('does not turn every pause in typing into another try, and saves it all once back', async () => {
    let reachable = false
    const save = vi.fn(async (): Promise<SaveOutcome> => (reachable ? 'ok' : 'error'))
    const autosave = createAutosave(save, { delayMs: 100 })
    autosave.changed()
    await vi.advanceTimersByTimeAsync(100)
    expect(save).toHaveBeenCalledTimes(1)
    // Typing on for half a second, a pause after each key: still only the planned retry at 1 s.
    for (let key = 0; key < 5; key++) {
      autosave.changed()
      await vi.advanceTimersByTimeAsync(150)
    }
    expect(save).toHaveBeenCalledTimes(1)
    reachable = true
    await vi.advanceTimersByTimeAsync(300)
    expect(save).toHaveBeenCalledTimes(2)
    expect(autosave.status.value).toBe('saved')
    expect(autosave.hasUnsavedChanges()).toBe(false)
  })

  it('starts again from a short wait after a save went through', async () => {
    const outcomes: SaveOutcome[] = ['error', 'error', 'ok', 'error', 'ok']
    const calls: number[] = []
    const save = vi.fn(async (): Promise<SaveOutcome> => {
      calls.push(Date.now())
      return outcomes.shift() ?? 'ok'
    })
    const autosave = createAutosave(save, { delayMs: 100 })
    autosave.changed()
    await vi.advanceTimersByTimeAsync(3100)
    expect(save).toHaveBeenCalledTimes(3)
    autosave.changed()
    await vi.advanceTimersByTimeAsync(100)
    const failedAt = Date.now()
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(5)
    expect((calls[4] ?? 0) - failedAt).toBe(1000)
  })
})

describe('the retry delay', () => {
  it('grows 1, 2, 4, 8 s and stops at 15 s', () => {
    const none = () => 0.5
    expect([0, 1, 2, 3, 4, 5, 20].map((attempt) => retryDelayMs(attempt, none))).toEqual([
      1000, 2000, 4000, 8000, 15000, 15000, 15000,
    ])
  })

  it('moves each wait by up to a quarter, never past 15 s', () => {
    expect(retryDelayMs(0, () => 0)).toBe(750)
    expect(retryDelayMs(0, () => 0.999)).toBeCloseTo(1250, -1)
    expect(retryDelayMs(3, () => 0.999)).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS)
    expect(retryDelayMs(10, () => 0)).toBe(11250)
  })
})
