import { FieldValidationError } from '../door/errors'
import { hashPassword } from './passwordHash'
import { assertStrongPassword } from './passwordStrength'
import type { NewUserRecord, StoredUser, UserRepository } from './userRepository'

/** The account a temporary password is for: its own words make a password easier to guess. */
interface Recipient {
  readonly username: string
  readonly displayName: string
}

/**
 * Issuing a temporary password: one someone chose for another person (an administrator on the
 * Users screen, IT at the console's add-user, which calls the same `users.create`). Both ways
 * below check it as any new password, store it as one the owner must replace at the next
 * sign-in, and remember its hash in the same statement (userRepository.ts), so its owner can
 * never take it back as their own (ownPasswordChoice.ts).
 */
async function hashTemporaryPassword(password: string, recipient: Recipient): Promise<string> {
  if (password.toLowerCase().includes(recipient.username.toLowerCase())) {
    throw new FieldValidationError([
      { path: ['password'], message: 'The password must not contain the username' },
    ])
  }
  assertStrongPassword(password, [recipient.username, recipient.displayName])
  return hashPassword(password)
}

/**
 * Gives an existing account a new temporary password (an administrator's reset): its owner must
 * replace it at the next sign-in, and it replaces the temporary password remembered before.
 */
export async function issueTemporaryPassword(
  users: UserRepository,
  user: StoredUser,
  password: string,
  at: string,
): Promise<StoredUser> {
  const passwordHash = await hashTemporaryPassword(password, user)
  return users.setTemporaryPassword(user.id, passwordHash, at)
}

/** Adds an account whose password is a temporary one (Users › Add a person, `add-user`). */
export async function createWithTemporaryPassword(
  users: UserRepository,
  account: Omit<NewUserRecord, 'passwordHash' | 'mustChangePassword'>,
  password: string,
  at: string,
): Promise<StoredUser> {
  const passwordHash = await hashTemporaryPassword(password, account)
  return users.create({ ...account, passwordHash, mustChangePassword: true }, at)
}
