import type { Handlers } from '../door/dispatcher'
import { ConflictError, FieldValidationError } from '../door/errors'
import { hashPassword } from './passwordHash'
import { publicUser } from './userRepository'
import type { UserRepository } from './userRepository'

type UserChannels = 'users.list' | 'users.create' | 'users.setDisabled' | 'users.resetPassword'

export function createUserHandlers(
  users: UserRepository,
  now: () => Date,
): Pick<Handlers, UserChannels> {
  return {
    'users.list': () => ({ users: users.list().map(publicUser) }),

    'users.create': async ({ password, ...fields }) => {
      const passwordHash = await hashPassword(password)
      return publicUser(users.create({ ...fields, passwordHash }, now().toISOString()))
    },

    'users.setDisabled': ({ id, disabled }, context) => {
      // Also keeps the last administrator: the only one who could disable them is themselves.
      if (disabled && context.user?.id === id) {
        throw new ConflictError('You cannot disable your own account.')
      }
      users.get(id)
      return publicUser(users.setDisabled(id, disabled, now().toISOString()))
    },

    'users.resetPassword': async ({ id, password }) => {
      const user = users.get(id)
      if (password.toLowerCase().includes(user.username.toLowerCase())) {
        throw new FieldValidationError([
          { path: ['password'], message: 'The password must not contain the username' },
        ])
      }
      const passwordHash = await hashPassword(password)
      return publicUser(users.setPassword(id, passwordHash, now().toISOString()))
    },
  }
}
