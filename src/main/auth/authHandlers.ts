import type { AuthStatus, SignedIn } from '../../shared/auth/authStatus'
import type { Handlers } from '../door/dispatcher'
import { ConflictError, FieldValidationError, UnauthenticatedError } from '../door/errors'
import { assertOwnPasswordChoice } from './ownPasswordChoice'
import { hashPassword, verifyAgainstDecoy, verifyPassword, warmUpDecoy } from './passwordHash'
import { assertStrongPassword } from './passwordStrength'
import type { SessionRegistry } from './sessionRegistry'
import type { SignInFailures } from './signInFailures'
import { signInPlace } from './signInPlace'
import { afterFailure, checkAttempt } from './signInPolicy'
import type { StoredUser, UserRepository } from './userRepository'
import type { SettingsRepository } from '../settings/settingsRepository'

type AuthChannels =
  | 'auth.status'
  | 'auth.setupAdmin'
  | 'auth.signIn'
  | 'auth.unlock'
  | 'auth.lock'
  | 'auth.signOut'
  | 'auth.keepAlive'
  | 'auth.changePassword'

const WRONG_CREDENTIALS = 'The username or password is not right.'
const ADMIN_EXISTS = 'The administrator account already exists.'

function lockedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return (
    `Too many failed sign-ins from here. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, ` +
    'or ask an administrator to unlock the account.'
  )
}

export interface AuthDependencies {
  readonly users: UserRepository
  readonly sessions: SessionRegistry
  readonly failures: SignInFailures
  readonly now: () => Date
  /** The clinic's name and address, which the first-run screen asks for with the admin account. */
  readonly settings: SettingsRepository
}

function signedIn(user: StoredUser, sessions: SessionRegistry): SignedIn {
  return {
    state: 'signed_in',
    user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
    idleLockSeconds: sessions.idleLockSeconds(),
    ...(user.mustChangePassword ? { mustChangePassword: true as const } : {}),
  }
}

export function createAuthHandlers(deps: AuthDependencies): Pick<Handlers, AuthChannels> {
  const { users, sessions, failures, now, settings } = deps
  // Ready before the first sign-in, so the first wrong username is not slower than the rest.
  warmUpDecoy()
  // One password check per username and place at a time, so parallel guesses cannot all slip
  // in before the first failure is counted.
  const checking = new Set<string>()

  /**
   * Checks a password typed for `username` at `place` (see signInPlace.ts). Known and
   * unknown usernames go through exactly the same steps: the same failure counting, one scrypt
   * check each (against a decoy when there is no account, or when a wait or lock refuses before
   * the password is looked at), and the same answers. A guesser learns nothing about which
   * accounts exist, and failures at one place never lock the account at another.
   */
  async function checkPassword(
    username: string,
    user: StoredUser | null,
    password: string,
    place: string,
  ): Promise<void> {
    const subject = user ? { subject: { id: user.id, username: user.username } } : {}
    const key = `${place}\u0000${username}`
    const gate = checkAttempt(failures.get(username, place), now())
    if (gate.kind === 'locked') {
      await verifyAgainstDecoy(password)
      throw new UnauthenticatedError(lockedMessage(gate.retryAfterSeconds), 'account_locked', {
        retryAfterSeconds: gate.retryAfterSeconds,
        ...subject,
      })
    }
    if (gate.kind === 'wait' || checking.has(key)) {
      await verifyAgainstDecoy(password)
      const retryAfterSeconds = gate.kind === 'wait' ? gate.retryAfterSeconds : 1
      throw new UnauthenticatedError(`Wait ${retryAfterSeconds} seconds, then try again.`, 'wait', {
        retryAfterSeconds,
        ...subject,
      })
    }
    checking.add(key)
    try {
      const right = user
        ? await verifyPassword(password, user.passwordHash)
        : await verifyAgainstDecoy(password)
      if (right) {
        failures.clear(username, place)
        return
      }
      const next = afterFailure(gate.failedAttempts, now())
      failures.record(username, place, next, now())
      if (next.locked) {
        const retryAfterSeconds = Math.round(
          (Date.parse(next.lockedUntil ?? '') - now().getTime()) / 1000,
        )
        throw new UnauthenticatedError(lockedMessage(retryAfterSeconds), 'account_locked', {
          retryAfterSeconds,
          ...subject,
        })
      }
      throw new UnauthenticatedError(WRONG_CREDENTIALS, 'wrong_credentials', subject)
    } finally {
      checking.delete(key)
    }
  }

  return {
    'auth.status': (_input, { sessionKey }): AuthStatus => {
      if (users.count() === 0) return { state: 'setup_required' }
      const view = sessions.peek(sessionKey)
      if (view.state === 'signed_out') {
        // Why the server ended it (disabled, reset), for the sign-in screen to say.
        return view.endedBy
          ? { state: 'signed_out', endedBy: view.endedBy }
          : { state: 'signed_out' }
      }
      return {
        state: view.state === 'locked' ? 'locked' : 'signed_in',
        user: view.user,
        idleLockSeconds: sessions.idleLockSeconds(),
        ...(view.mustChangePassword ? { mustChangePassword: true as const } : {}),
      }
    },

    'auth.setupAdmin': async (
      { username, displayName, password, clinicName, clinicAddress },
      { sessionKey },
    ) => {
      if (users.count() > 0) throw new ConflictError(ADMIN_EXISTS, { code: 'admin_already_exists' })
      assertStrongPassword(password, [username, displayName])
      const passwordHash = await hashPassword(password)
      const at = now().toISOString()
      const admin = users.createFirst(
        // Typed on the first-run screen by the administrator themselves: theirs to keep.
        { username, displayName, role: 'admin', passwordHash, mustChangePassword: false },
        at,
        // Saved with the account or not at all; left out, the summary simply prints no clinic.
        (created) => {
          if (clinicName === undefined && clinicAddress === undefined) return
          const current = settings.get()
          settings.update(
            {
              clinicName: clinicName ?? current.clinicName,
              clinicAddress: clinicAddress ?? current.clinicAddress,
              paperSize: current.paperSize,
              version: current.version,
            },
            at,
            created.id,
          )
        },
      )
      if (!admin) throw new ConflictError(ADMIN_EXISTS, { code: 'admin_already_exists' })
      sessions.signIn(sessionKey, admin.id)
      return signedIn(admin, sessions)
    },

    'auth.signIn': async ({ username, password }, context) => {
      const { sessionKey } = context
      const user = users.findByUsername(username)
      await checkPassword(username, user, password, signInPlace(context))
      if (!user) throw new UnauthenticatedError(WRONG_CREDENTIALS, 'wrong_credentials')
      // Said only to someone who knows the password, so it reveals nothing to a guesser.
      if (user.disabled) {
        throw new UnauthenticatedError(
          'This account has been disabled. Ask an administrator.',
          'account_disabled',
          { subject: { id: user.id, username: user.username } },
        )
      }
      // Replaces whoever was signed in here (also at a locked screen): they are signed out.
      sessions.signIn(sessionKey, user.id)
      return signedIn(user, sessions)
    },

    'auth.unlock': async ({ password }, context) => {
      const { sessionKey } = context
      const view = sessions.peek(sessionKey)
      if (view.state === 'signed_out') {
        throw new UnauthenticatedError('Sign in to continue.', 'signed_out')
      }
      const user = users.get(view.user.id)
      try {
        await checkPassword(user.username, user, password, signInPlace(context))
      } catch (error) {
        // Locked out while locked: nobody may continue this session; the draft stays saved.
        if (error instanceof UnauthenticatedError && error.reason === 'account_locked') {
          sessions.signOut(sessionKey)
        }
        throw error
      }
      sessions.unlock(sessionKey)
      return signedIn(user, sessions)
    },

    'auth.changePassword': async ({ currentPassword, newPassword }, context) => {
      const { sessionKey, user: me } = context
      if (!me) throw new UnauthenticatedError('Sign in to continue.', 'signed_out')
      const user = users.get(me.id)
      assertStrongPassword(newPassword, [user.username, user.displayName], 'newPassword')
      if (newPassword.toLowerCase().includes(user.username.toLowerCase())) {
        throw new FieldValidationError([
          { path: ['newPassword'], message: 'The password must not contain the username' },
        ])
      }
      try {
        // A wrong current password counts as a failed sign-in here: an unattended screen is
        // no way round the limits.
        await checkPassword(user.username, user, currentPassword, signInPlace(context))
      } catch (error) {
        if (!(error instanceof UnauthenticatedError)) throw error
        if (error.reason === 'account_locked') {
          sessions.signOut(sessionKey)
          throw error
        }
        const message =
          error.reason === 'wait' ? error.message : 'This is not your current password.'
        throw new FieldValidationError([{ path: ['currentPassword'], message }])
      }
      // Once the current password is known to be right: only then is what it says about it true.
      await assertOwnPasswordChoice(user, currentPassword, newPassword)
      const passwordHash = await hashPassword(newPassword)
      const changed = users.setOwnPassword(user.id, passwordHash, now().toISOString())
      // Anyone still signed in elsewhere with the old password is signed out.
      sessions.endSessionsOf(user.id, {
        keep: sessionKey,
        reason: 'session_ended_password_changed',
      })
      return signedIn(changed, sessions)
    },

    'auth.lock': (_input, { sessionKey }) => {
      sessions.lock(sessionKey)
      return {}
    },

    'auth.signOut': (_input, { sessionKey }) => {
      sessions.signOut(sessionKey)
      return {}
    },

    // The door records the activity; nothing else to do.
    'auth.keepAlive': () => ({}),
  }
}
