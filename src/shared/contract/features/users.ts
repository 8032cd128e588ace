import { z } from 'zod'
import { defineChannel } from '../channel'
import { NewUserSchema, ResetPasswordSchema, SetDisabledSchema, UserSchema } from '../../auth/user'

// Accounts are an administrator's job only.
export const userChannels = {
  'users.list': defineChannel({
    input: z.object({}),
    output: z.object({ users: z.array(UserSchema) }),
    roles: ['admin'],
  }),
  'users.create': defineChannel({
    input: NewUserSchema,
    output: UserSchema,
    roles: ['admin'],
    // Also the CLI's add-user: the first admin of a server, or a scripted set-up. The password
    // is a temporary one (its owner must change it at the first sign-in, as after a reset),
    // except `ownPassword` for the first administrator at the console.
    console: true,
    audit: 'create',
  }),
  'users.setDisabled': defineChannel({
    input: SetDisabledSchema,
    output: UserSchema,
    roles: ['admin'],
    audit: 'update',
  }),
  /** Sets a new password and lifts a lockout. */
  'users.resetPassword': defineChannel({
    input: ResetPasswordSchema,
    output: UserSchema,
    roles: ['admin'],
    audit: 'update',
  }),
} as const
