import { z } from 'zod'
import { defineChannel } from '../channel'
import { ALL_ROLES } from '../roles'
import { AuthStatusSchema, SignedInSchema } from '../../auth/authStatus'
import { ChangePasswordSchema, NewAdminSchema, SignInSchema, UnlockSchema } from '../../auth/user'

const nothing = z.object({})

// Sign-in itself: reachable before anyone is signed in (`public`), so `roles` lists everyone
// only to satisfy the table. Each handler checks the session state it needs.
export const authChannels = {
  'auth.status': defineChannel({
    input: nothing,
    output: AuthStatusSchema,
    roles: ALL_ROLES,
    public: true,
  }),
  /** The first run only: allowed while no account exists at all. */
  'auth.setupAdmin': defineChannel({
    input: NewAdminSchema,
    output: SignedInSchema,
    roles: ALL_ROLES,
    public: true,
    audit: 'create',
  }),
  /** At the sign-in screen, or at a locked screen as someone else (which signs the first out). */
  'auth.signIn': defineChannel({
    input: SignInSchema,
    output: SignedInSchema,
    roles: ALL_ROLES,
    public: true,
    audit: 'sign_in',
  }),
  /** The locked session's own user, with their password. */
  'auth.unlock': defineChannel({
    input: UnlockSchema,
    output: SignedInSchema,
    roles: ALL_ROLES,
    public: true,
    audit: 'unlock',
  }),
  'auth.lock': defineChannel({
    input: nothing,
    output: nothing,
    roles: ALL_ROLES,
    public: true,
    audit: 'lock',
  }),
  'auth.signOut': defineChannel({
    input: nothing,
    output: nothing,
    roles: ALL_ROLES,
    public: true,
    audit: 'sign_out',
  }),
  /** Sent while staff are active on a screen that makes no calls (reading, typing a note). */
  'auth.keepAlive': defineChannel({
    input: nothing,
    output: nothing,
    roles: ALL_ROLES,
    duringPasswordChange: true,
  }),
  /** Any signed-in user, their own password; the current one is asked for again. */
  'auth.changePassword': defineChannel({
    input: ChangePasswordSchema,
    output: SignedInSchema,
    roles: ALL_ROLES,
    audit: 'update',
    duringPasswordChange: true,
  }),
} as const
