import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'
import { FieldValidationError } from '../door/errors'

/**
 * zxcvbn's estimate, on the main side only (its dictionaries are large; the renderer never
 * loads them). Score 3 means about a hundred million guesses or more: out of reach of anyone
 * guessing online, and slow against a stolen file with the scrypt hashes.
 */
const MIN_SCORE = 3

let checker: ZxcvbnFactory | null = null
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary })
  return checker
}

export const COMMON_PASSWORD =
  'This password is on a list of commonly used passwords. Choose a different one.'
export const WEAK_PASSWORD =
  'This password is too easy to guess. Use a longer one, for example a few unrelated words.'

/**
 * Why a new password cannot be used, or null when it can. The schema has already checked its
 * length; `personal` are the account's own words (username, name), which make it easier to guess.
 */
export function passwordWeakness(password: string, personal: readonly string[]): string | null {
  const result = zxcvbn().check(password, [...personal])
  const whole = result.sequence.length === 1 ? result.sequence[0] : undefined
  if (whole?.pattern === 'dictionary' && whole.dictionaryName === 'passwords-common') {
    return COMMON_PASSWORD
  }
  return result.score < MIN_SCORE ? WEAK_PASSWORD : null
}

/** Throws the field error the forms show under the password box. */
export function assertStrongPassword(
  password: string,
  personal: readonly string[],
  field = 'password',
): void {
  const weakness = passwordWeakness(password, personal)
  if (weakness) throw new FieldValidationError([{ path: [field], message: weakness }])
}
