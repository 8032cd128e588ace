import { FieldValidationError } from '../door/errors'
import { verifyPassword } from './passwordHash'
import type { StoredUser } from './userRepository'

export const GIVEN_BY_ADMINISTRATOR =
  'Choose a password of your own: this one was given to you by the administrator.'
export const ONLY_CASE_CHANGED =
  'Choose a password different from the current one: changing only capital and small letters is not enough.'

/**
 * Letter case set aside, as far as JavaScript can without a full Unicode case fold: the upper
 * case first, so that "ß" and "SS", or the two Greek small sigmas, come out the same.
 */
function caseFolded(password: string): string {
  return password.normalize('NFC').toUpperCase().toLowerCase()
}

function refused(message: string): FieldValidationError {
  return new FieldValidationError([{ path: ['newPassword'], message }])
}

/**
 * Whether `newPassword` may become `user`'s own, given the current password they typed (already
 * checked against the stored hash). Refused:
 * - the current password with only its letter case changed; while a change is forced, the
 *   current one is the temporary password an administrator gave, so said as such. A hash cannot
 *   be case-folded, so this compares with what was typed;
 * - the last temporary password an administrator gave, at any later change (the administrator
 *   knows it). Compared by its hash, so exactly as given.
 * The exact current password is already refused by the change's schema.
 */
export async function assertOwnPasswordChoice(
  user: StoredUser,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  if (caseFolded(newPassword) === caseFolded(currentPassword)) {
    throw refused(user.mustChangePassword ? GIVEN_BY_ADMINISTRATOR : ONLY_CASE_CHANGED)
  }
  const temporary = user.temporaryPasswordHash
  if (temporary !== null && (await verifyPassword(newPassword, temporary))) {
    throw refused(GIVEN_BY_ADMINISTRATOR)
  }
}
