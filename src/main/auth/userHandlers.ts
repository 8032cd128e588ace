import type { Handlers } from '../door/dispatcher'
import { ConflictError, FieldValidationError, NotFoundError } from '../door/errors'
import { hashPassword } from './passwordHash'
import { assertStrongPassword } from './passwordStrength'
import type { SessionRegistry } from './sessionRegistry'
import type { SignInFailures } from './signInFailures'
import { publicUser } from './userRepository'
import type { StoredUser, UserRepository } from './userRepository'

type UserChannels =
  'users.list' | 'users.create' | 'users.setDisabled' | 'users.resetPassword' | 'users.unlock'

export interface UserDependencies {
  readonly users: UserRepository
  readonly sessions: SessionRegistry
  readonly failures: SignInFailures
  readonly now: () => Date
}

export function createUserHandlers(deps: UserDependencies): Pick<Handlers, UserChannels> {
  const { users, sessions, failures, now } = deps
  const shown = (user: StoredUser) => publicUser(user, failures.summary(user.username, now()))

  return {
    'users.list': () => ({ users: users.list().map(shown) }),

    'users.create': async ({ password, ...fields }) => {
      assertStrongPassword(password, [fields.username, fields.displayName])
      const passwordHash = await hashPassword(password)
      return shown(users.create({ ...fields, passwordHash }, now().toISOString()))
    },

    'users.setDisabled': ({ id, disabled }, context) => {
      // Also keeps the last administrator: the only one who could disable them is themselves.
      if (disabled && context.user?.id === id) {
        throw new ConflictError('You cannot disable your own account.', {
          code: 'own_account_disable',
        })
      }
      users.get(id)
      // The user's sessions end at their next call, which records the sign-out in the trail.
      return shown(users.setDisabled(id, disabled, now().toISOString()))
    },

    /** A new password the user must change at their next sign-in; lifts any lockout. */
    'users.resetPassword': async ({ id, password }) => {
      const user = users.get(id)
      if (password.toLowerCase().includes(user.username.toLowerCase())) {
        throw new FieldValidationError([
          { path: ['password'], message: 'The password must not contain the username' },
        ])
      }
      assertStrongPassword(password, [user.username, user.displayName])
      const passwordHash = await hashPassword(password)
      const changed = users.setPassword(id, passwordHash, now().toISOString(), true)
      failures.clearEverywhere(user.username)
      // Whoever is signed in with the old password (maybe not the owner) is signed out.
      sessions.endSessionsOf(id)
      return shown(changed)
    },

    'users.unlock': ({ username }) => {
      const user = users.findByUsername(username)
      if (!user)
        throw new NotFoundError('There is no account with this username.', {
          code: 'username_unknown',
        })
      failures.clearEverywhere(user.username)
      return shown(user)
    },
  }
}
