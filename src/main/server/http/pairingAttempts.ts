import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** How many pairing tries one address may make in a window. */
export interface PairingAttemptLimit {
  readonly attempts: number
  readonly windowSeconds: number
}

/**
 * 10 tries per 10 minutes per address: more than an administrator pairing a computer needs
 * (a typo or two), far too few to guess a code (about 40 bits, valid 10 minutes), and it
 * bounds the audit entries one address can make the server write.
 */
export const DEFAULT_PAIRING_LIMIT: PairingAttemptLimit = { attempts: 10, windowSeconds: 600 }

export type PairingAttempt =
  { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number }

/** Counts `POST /pairing` tries per remote address, in memory (a restart forgets them). */
export interface PairingAttempts {
  /** Counts one try from `address`; refused once the address has used up its tries. */
  take(address: string): Promise<PairingAttempt>
}

export function createPairingAttempts(limit = DEFAULT_PAIRING_LIMIT): PairingAttempts {
  const limiter = new RateLimiterMemory({
    keyPrefix: 'pairing',
    points: limit.attempts,
    duration: limit.windowSeconds,
  })
  return {
    async take(address) {
      try {
        await limiter.consume(address)
        return { ok: true }
      } catch (refusal) {
        // The limiter rejects with its result when the tries are used up; anything else is a
        // fault of its own, which must not open the door to unlimited tries.
        const waitMs =
          refusal instanceof RateLimiterRes ? refusal.msBeforeNext : limit.windowSeconds * 1000
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
      }
    },
  }
}

/** What the person trying to pair sees: what happened and what to do. */
export function tooManyPairingAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return (
    'Too many pairing attempts came from this computer, so the clinic server is not accepting ' +
    `more for now. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again with the ` +
    'pairing code from your administrator (ask for a new code if that one has expired).'
  )
}
