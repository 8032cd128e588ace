import type { AuthStatus, SignedIn } from '../../shared/auth/authStatus'
import type { Handlers } from '../door/dispatcher'
import { ConflictError, UnauthenticatedError } from '../door/errors'
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './passwordHash'
import type { SessionRegistry } from './sessionRegistry'
import { afterFailure, checkAttempt } from './signInPolicy'
import type { StoredUser, UserRepository } from './userRepository'

type AuthChannels =
  | 'auth.status'
  | 'auth.setupAdmin'
  | 'auth.signIn'
  | 'auth.unlock'
  | 'auth.lock'
  | 'auth.signOut'
  | 'auth.keepAlive'

const WRONG_CREDENTIALS = 'The username or password is not right.'

function signedIn(user: StoredUser, sessions: SessionRegistry): SignedIn {
  return {
    state: 'signed_in',
    user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
    idleLockSeconds: sessions.idleLockSeconds(),
  }
}

export function createAuthHandlers(
  users: UserRepository,
  sessions: SessionRegistry,
  now: () => Date,
): Pick<Handlers, AuthChannels> {
  // One password check per account at a time, so parallel guesses cannot all slip in before
  // the first failure is counted.
  const checking = new Set<number>()

  /**
   * Checks a password against the failure policy: waits and lockouts refuse before the
   * password is even looked at; a wrong one counts; a right one clears the count.
   */
  async function checkPassword(user: StoredUser, password: string): Promise<void> {
    const subject = { id: user.id, username: user.username }
    const gate = checkAttempt(user, now())
    if (gate.kind === 'locked') {
      throw new UnauthenticatedError(
        'This account is locked after too many failed sign-ins. Try again later or ask an administrator.',
        'account_locked',
        { retryAfterSeconds: gate.retryAfterSeconds, subject },
      )
    }
    if (gate.kind === 'wait' || checking.has(user.id)) {
      const retryAfterSeconds = gate.kind === 'wait' ? gate.retryAfterSeconds : 1
      throw new UnauthenticatedError(`Wait ${retryAfterSeconds} seconds, then try again.`, 'wait', {
        retryAfterSeconds,
        subject,
      })
    }
    checking.add(user.id)
    try {
      if (await verifyPassword(password, user.passwordHash)) {
        users.clearFailures(user.id)
        return
      }
      const next = afterFailure(gate.failedAttempts, now())
      users.recordFailures(user.id, next)
      if (next.locked) {
        throw new UnauthenticatedError(
          'This account is now locked after too many failed sign-ins. Try again later or ask an administrator.',
          'account_locked',
          {
            retryAfterSeconds: Math.round(
              (Date.parse(next.lockedUntil ?? '') - now().getTime()) / 1000,
            ),
            subject,
          },
        )
      }
      throw new UnauthenticatedError(WRONG_CREDENTIALS, 'wrong_credentials', { subject })
    } finally {
      checking.delete(user.id)
    }
  }

  return {
    'auth.status': (_input, { sessionKey }): AuthStatus => {
      if (users.count() === 0) return { state: 'setup_required' }
      const view = sessions.peek(sessionKey)
      if (view.state === 'signed_out') return { state: 'signed_out' }
      return {
        state: view.state === 'locked' ? 'locked' : 'signed_in',
        user: view.user,
        idleLockSeconds: sessions.idleLockSeconds(),
      }
    },

    'auth.setupAdmin': async ({ username, displayName, password }, { sessionKey }) => {
      if (users.count() > 0) throw new ConflictError('The administrator account already exists.')
      const passwordHash = await hashPassword(password)
      const admin = users.createFirst(
        { username, displayName, role: 'admin', passwordHash },
        now().toISOString(),
      )
      if (!admin) throw new ConflictError('The administrator account already exists.')
      sessions.signIn(sessionKey, admin.id)
      return signedIn(admin, sessions)
    },

    'auth.signIn': async ({ username, password }, { sessionKey }) => {
      const user = users.findByUsername(username)
      if (!user) {
        await verifyAgainstDecoy(password)
        throw new UnauthenticatedError(WRONG_CREDENTIALS, 'wrong_credentials')
      }
      await checkPassword(user, password)
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

    'auth.unlock': async ({ password }, { sessionKey }) => {
      const view = sessions.peek(sessionKey)
      if (view.state === 'signed_out') {
        throw new UnauthenticatedError('Sign in to continue.', 'signed_out')
      }
      const user = users.get(view.user.id)
      try {
        await checkPassword(user, password)
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
