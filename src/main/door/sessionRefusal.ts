import type { SessionEndCode } from '../../shared/contract/errorCodes'
import type { RpcError } from '../../shared/contract/errors'
import type { SessionView } from '../auth/sessionRegistry'

/** The server's own English for each end; the renderer words the code from its locale files. */
const ENDED_MESSAGE: Readonly<Record<SessionEndCode, string>> = {
  session_ended_account_disabled:
    'Your account was disabled by an administrator. Ask them if you need access.',
  session_ended_password_reset:
    'An administrator reset your password. Sign in with the temporary password they give you.',
  session_ended_password_changed:
    'Your password was changed in another window or on another computer. Sign in with your new password.',
}

/** A session nobody is signed in to: with why the server ended it, when it remembers. */
export function signedOutRefusal(session: Extract<SessionView, { state: 'signed_out' }>): RpcError {
  const { endedBy } = session
  if (!endedBy) {
    return { kind: 'unauthenticated', message: 'Sign in to continue.', reason: 'signed_out' }
  }
  return {
    kind: 'unauthenticated',
    message: ENDED_MESSAGE[endedBy],
    reason: 'signed_out',
    code: endedBy,
  }
}

export const SCREEN_LOCKED: RpcError = {
  kind: 'unauthenticated',
  message: 'The screen is locked. Enter your password to continue.',
  reason: 'locked',
}

export const PASSWORD_CHANGE_REQUIRED: RpcError = {
  kind: 'unauthenticated',
  message: 'Choose a new password to continue.',
  reason: 'password_change_required',
}

/**
 * Why this session may not have the live-updates stream (`GET /events`), or null when it may: the
 * refusal its calls get, so a session that must first choose its own password hears nothing
 * either. A locked screen keeps its stream (events carry ids only, and the calls they prompt wait
 * for the unlock).
 */
export function streamRefusal(session: SessionView): RpcError | null {
  if (session.state === 'signed_out') return signedOutRefusal(session)
  if (session.mustChangePassword) return PASSWORD_CHANGE_REQUIRED
  return null
}
