import { describe, expect, it } from 'vitest'
import {
  afterFailure,
  checkAttempt,
  delayAfterFailures,
  SIGN_IN_POLICY,
} from '../../../src/main/auth/signInPolicy'

const at = (iso: string) => new Date(iso)

describe('the sign-in failure policy', () => {
  it('waits longer after each failure: 1, 2, 4, 8 seconds', () => {
    expect([0, 1, 2, 3, 4].map(delayAfterFailures)).toEqual([0, 1, 2, 4, 8])
  })

  it('refuses a try before the wait is over and allows it after', () => {
    const state = { failedAttempts: 3, lastFailedAt: '2026-11-26T09:00:00.000Z', lockedUntil: null }
    expect(checkAttempt(state, at('2026-11-26T09:00:01Z'))).toEqual({
      kind: 'wait',
      retryAfterSeconds: 3,
    })
    expect(checkAttempt(state, at('2026-11-26T09:00:04Z'))).toEqual({
      kind: 'allowed',
      failedAttempts: 3,
    })
  })

  it('locks for 15 minutes at the fifth failure, then starts counting again', () => {
    const locked = afterFailure(4, at('2026-11-26T09:00:00Z'))
    expect(locked).toMatchObject({ failedAttempts: SIGN_IN_POLICY.lockAfterFailures, locked: true })
    expect(locked.lockedUntil).toBe('2026-11-26T09:15:00.000Z')
    expect(checkAttempt(locked, at('2026-11-26T09:14:00Z'))).toEqual({
      kind: 'locked',
      retryAfterSeconds: 60,
    })
    expect(checkAttempt(locked, at('2026-11-26T09:15:01Z'))).toEqual({
      kind: 'allowed',
      failedAttempts: 0,
    })
  })
})
