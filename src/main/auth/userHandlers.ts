import type { Role } from '../../shared/contract/roles'
import type { CallContext, Handlers } from '../door/dispatcher'
import { ConflictError, FieldValidationError, NotFoundError } from '../door/errors'
import { hashPassword } from './passwordHash'
import { assertStrongPassword } from './passwordStrength'
import type { SessionRegistry } from './sessionRegistry'
import type { SignInFailures } from './signInFailures'
import { createWithTemporaryPassword, issueTemporaryPassword } from './temporaryPassword'
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

const OWN_PASSWORD_NOT_FIRST =
  'The data folder already has an account, so this password is a temporary one: leave out ' +
  '--own-password, and the person will choose their own password when they first sign in.'

function ownPasswordRefused(message: string): FieldValidationError {
  return new FieldValidationError([{ path: ['ownPassword'], message }])
}

/** Only the server's console may add an account whose password its owner keeps, and only an administrator's. */
function refuseOwnPasswordUnlessFirstAdmin(role: Role, shell: CallContext['shell']): void {
  if (shell !== 'cli') {
    throw ownPasswordRefused(
      'Only the first administrator, added at the server console, keeps the password typed for them.',
    )
  }
  if (role !== 'admin') {
    throw ownPasswordRefused(
      '--own-password is only for the first administrator. Leave it out: the person will ' +
        'choose their own password when they first sign in.',
    )
  }
}

export function createUserHandlers(deps: UserDependencies): Pick<Handlers, UserChannels> {
  const { users, sessions, failures, now } = deps
  const shown = (user: StoredUser) => publicUser(user, failures.summary(user.username, now()))

  return {
    'users.list': () => ({ users: users.list().map(shown) }),

    /**
     * Whoever creates an account (an administrator on the Users screen, IT at the console) knows
     * its password, so it is a temporary one: the owner must choose their own at the first
     * sign-in, exactly as after a reset. The one exception is the installation's first
     * administrator typing their own password at the server's console (`--own-password`).
     */
    'users.create': async ({ password, ownPassword, ...fields }, context) => {
      if (!ownPassword) {
        return shown(
          await createWithTemporaryPassword(users, fields, password, now().toISOString()),
        )
      }
      refuseOwnPasswordUnlessFirstAdmin(fields.role, context.shell)
      if (users.count() > 0) throw ownPasswordRefused(OWN_PASSWORD_NOT_FIRST)
      assertStrongPassword(password, [fields.username, fields.displayName])
      const passwordHash = await hashPassword(password)
      const at = now().toISOString()
      // Checked again with the insert, in one transaction: only while there is no account yet.
      const first = users.createFirst({ ...fields, passwordHash, mustChangePassword: false }, at)
      if (!first) throw ownPasswordRefused(OWN_PASSWORD_NOT_FIRST)
      return shown(first)
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
      const changed = await issueTemporaryPassword(users, user, password, now().toISOString())
      failures.clearEverywhere(user.username)
      // Whoever is signed in with the old password (maybe not the owner) is signed out.
      sessions.endSessionsOf(id, { reason: 'session_ended_password_reset' })
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
