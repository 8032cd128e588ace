import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosave } from '../../../src/renderer/src/features/intake/autosave'
import type { SaveOutcome } from '../../../src/renderer/src/features/intake/autosave'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('autosave', () => {
  it('saves once, within a second of the last of several quick changes', async () => {
    const save = vi.fn(async (): Promise<SaveOutcome> => 'ok')
    const autosave = createAutosave(save)
    autosave.changed()
    await vi.advanceTimersByTimeAsync(200)
    autosave.changed()
    expect(autosave.status.value).toBe('pending')
    expect(autosave.hasUnsavedChanges()).toBe(true)
    await vi.advanceTimersByTimeAsync(999)
    expect(save).toHaveBeenCalledTimes(1)
    expect(autosave.status.value).toBe('saved')
    expect(autosave.hasUnsavedChanges()).toBe(false)
  })

  it('saves a change made during a save right after it, never two at once', async () => {
    let finish: (outcome: SaveOutcome) => void = () => undefined
    let running = 0
    let most = 0
    const save = vi.fn(
      () =>
        new Promise<SaveOutcome>((resolve) => {
          running += 1
          most = Math.max(most, running)
          finish = (outcome) => {
            running -= 1
            resolve(outcome)
          }
        }),
    )
    const autosave = createAutosave(save)
    autosave.changed()
    await vi.advanceTimersByTimeAsync(500)
    expect(autosave.status.value).toBe('saving')
    autosave.changed()
    await vi.advanceTimersByTimeAsync(500)
    expect(save).toHaveBeenCalledTimes(1)
    finish('ok')
    await vi.advanceTimersByTimeAsync(0)
    expect(autosave.status.value).not.toBe('saved')
    await vi.advanceTimersByTimeAsync(500)
    expect(save).toHaveBeenCalledTimes(2)
    finish('ok')
    await vi.advanceTimersByTimeAsync(0)
    expect(autosave.status.value).toBe('saved')
    expect(most).toBe(1)
  })

  it('flush saves now and waits for it', async () => {
    const save = vi.fn(async (): Promise<SaveOutcome> => 'ok')
    const autosave = createAutosave(save)
    autosave.changed()
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('retries a failed save until it succeeds', async () => {
    const outcomes: SaveOutcome[] = ['error', 'error', 'ok']
    const save = vi.fn(async (): Promise<SaveOutcome> => outcomes.shift() ?? 'ok')
    const autosave = createAutosave(save, { delayMs: 100, retryMs: 1000 })
    autosave.changed()
    await vi.advanceTimersByTimeAsync(100)
    expect(autosave.status.value).toBe('error')
    expect(autosave.hasUnsavedChanges()).toBe(true)
    await vi.advanceTimersByTimeAsync(2000)
    expect(save).toHaveBeenCalledTimes(3)
    expect(autosave.status.value).toBe('saved')
  })

  it('stops on a conflict instead of overwriting newer work, until reset', async () => {
    const save = vi.fn(async (): Promise<SaveOutcome> => 'conflict')
    const autosave = createAutosave(save, { delayMs: 100 })
    autosave.changed()
    await vi.advanceTimersByTimeAsync(100)
    expect(autosave.status.value).toBe('conflict')
    autosave.changed()
    await vi.advanceTimersByTimeAsync(5000)
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    autosave.reset()
    expect(autosave.status.value).toBe('saved')
  })
})
