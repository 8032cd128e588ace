/**
 * How failed sign-ins slow down and then lock an account. Pure, with the time passed in, so the
 * rules are tested without waiting: after 1, 2, 3, 4 failures the next try must wait 1, 2, 4,
 * 8 seconds; the 5th failure locks the account for 15 minutes (or until an admin resets it).
 */
export const SIGN_IN_POLICY = {
  lockAfterFailures: 5,
  lockMinutes: 15,
} as const

export interface FailureState {
  readonly failedAttempts: number
  readonly lastFailedAt: string | null
  readonly lockedUntil: string | null
}

export type AttemptGate =
  | { readonly kind: 'allowed'; readonly failedAttempts: number }
  | { readonly kind: 'wait'; readonly retryAfterSeconds: number }
  | { readonly kind: 'locked'; readonly retryAfterSeconds: number }

/** Seconds to wait before the next try after `failures` failures in a row. */
export function delayAfterFailures(failures: number): number {
  return failures <= 0 ? 0 : 2 ** (failures - 1)
}

function secondsUntil(iso: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - now.getTime()) / 1000))
}

/** May a password be checked now? An expired lock starts the count again. */
export function checkAttempt(state: FailureState, now: Date): AttemptGate {
  if (state.lockedUntil !== null) {
    if (Date.parse(state.lockedUntil) > now.getTime()) {
      return { kind: 'locked', retryAfterSeconds: secondsUntil(state.lockedUntil, now) }
    }
    return { kind: 'allowed', failedAttempts: 0 }
  }
  if (state.failedAttempts > 0 && state.lastFailedAt !== null) {
    const allowedAt =
      Date.parse(state.lastFailedAt) + delayAfterFailures(state.failedAttempts) * 1000
    if (allowedAt > now.getTime()) {
      return {
        kind: 'wait',
        retryAfterSeconds: secondsUntil(new Date(allowedAt).toISOString(), now),
      }
    }
  }
  return { kind: 'allowed', failedAttempts: state.failedAttempts }
}

/** The state after a wrong password, counting from what `checkAttempt` allowed. */
export function afterFailure(failedBefore: number, now: Date): FailureState & { locked: boolean } {
  const failedAttempts = failedBefore + 1
  const locked = failedAttempts >= SIGN_IN_POLICY.lockAfterFailures
  return {
    failedAttempts,
    lastFailedAt: now.toISOString(),
    lockedUntil: locked
      ? new Date(now.getTime() + SIGN_IN_POLICY.lockMinutes * 60_000).toISOString()
      : null,
    locked,
  }
}
