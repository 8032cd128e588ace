import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core'
import { signedOutClient } from '../support/signedInClient'
import { useTestCore } from '../support/testCore'
import { addAccount, manualClock } from './authSupport'

const clock = manualClock()
const openTestCore = useTestCore({ role: 'admin', sessionClock: clock.now })

/** One sign-in try from its own place (session), with how long the answer took. */
async function timedTry(core: Core, place: string, username: string) {
  const screen = signedOutClient(core, place)
  const started = performance.now()
  const result = await screen.auth.signIn({ username, password: 'a-wrong-guess-here' })
  return { result, ms: performance.now() - started }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

describe('probing for usernames', () => {
  it('answers an unknown username exactly as a known one, in the same time, at every step', async () => {
    const { core } = openTestCore()
    await addAccount(core, 'fran', 'front_desk')
    const times = { known: { first: [] as number[], wait: [] as number[] } }
    const unknownTimes = { first: [] as number[], wait: [] as number[] }
    // Warm-up: the first scrypt of a process is slower than the rest.
    await timedTry(core, 'warm-up', 'fran')

    for (let round = 0; round < 5; round++) {
      const known1 = await timedTry(core, `known-${round}`, 'fran')
      const unknown1 = await timedTry(core, `unknown-${round}`, `nobody-${round}`)
      expect(unknown1.result).toEqual(known1.result)
      expect(known1.result).toMatchObject({ ok: false, error: { reason: 'wrong_credentials' } })
      // At once again from the same place: the wait answer must not tell them apart either.
      const known2 = await timedTry(core, `known-${round}`, 'fran')
      const unknown2 = await timedTry(core, `unknown-${round}`, `nobody-${round}`)
      expect(unknown2.result).toEqual(known2.result)
      expect(known2.result).toMatchObject({ ok: false, error: { reason: 'wait' } })
      times.known.first.push(known1.ms)
      times.known.wait.push(known2.ms)
      unknownTimes.first.push(unknown1.ms)
      unknownTimes.wait.push(unknown2.ms)
    }
    // Measured on the old code: a known account's "wait" came back about 25 times faster than
    // an unknown username's answer. Now every answer costs one password check.
    for (const step of ['first', 'wait'] as const) {
      const ratio = median(times.known[step]) / median(unknownTimes[step])
      expect(ratio, `${step}: known ${median(times.known[step])} ms`).toBeGreaterThan(0.6)
      expect(ratio, `${step}: unknown ${median(unknownTimes[step])} ms`).toBeLessThan(1.6)
    }
    // And the same for the lock after the fifth failure.
    const results = { known: [] as unknown[], unknown: [] as unknown[] }
    for (let attempt = 0; attempt < 6; attempt++) {
      clock.advanceSeconds(20)
      results.known.push((await timedTry(core, 'lock-known', 'fran')).result)
      results.unknown.push((await timedTry(core, 'lock-unknown', 'nobody-at-all')).result)
    }
    expect(results.unknown).toEqual(results.known)
    expect(results.known.at(-1)).toMatchObject({ ok: false, error: { reason: 'account_locked' } })
  })
})
