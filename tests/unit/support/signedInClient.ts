import type { Core } from '../../../src/main/core'
import { createClient } from '../../../src/shared/contract/client'
import type { ClinicApi } from '../../../src/shared/contract/client'
import type { Role } from '../../../src/shared/contract/roles'

/**
 * Stored instead of a password hash for seam users: not a valid hash, so nobody can sign in as
 * them with any password. They exist only to make calls through a signed-in session.
 */
const NO_PASSWORD = 'test-seam:no-password'

/**
 * A real account with `role` (username `test-<role>`, created on first use, with `userId` when
 * a test needs a particular id) and a real session signed in as it, keyed per role. The door
 * resolves the user from that session exactly as it does for the shells.
 */
export function ensureTestUser(core: Core, role: Role, userId?: number): number {
  const username = `test-${role.replace('_', '-')}`
  const existing = core.db.prepare('SELECT id FROM users WHERE username = ?').get(username) as
    { id: number } | undefined
  if (existing) return existing.id
  const now = new Date().toISOString()
  const row = core.db
    .prepare(
      `INSERT INTO users (id, username, display_name, role, password_hash, password_changed_at,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(userId ?? null, username, `Test ${role}`, role, NO_PASSWORD, now, now, now) as {
    id: number
  }
  return row.id
}

/** The typed client over the one door, signed in as a member of staff with `role`. */
export function signedInClient(
  core: Core,
  role: Role,
  options: { readonly userId?: number; readonly shell?: 'browser' | 'desktop' } = {},
): ClinicApi {
  const id = ensureTestUser(core, role, options.userId)
  const sessionKey = `test-session-${role}`
  core.sessions.signIn(sessionKey, id)
  const caller = { shell: options.shell ?? 'browser', sessionKey } as const
  return createClient((channel, payload) => core.dispatch(channel, payload, caller))
}

/** The typed client of a session nobody has signed in to (the sign-in screen's view). */
export function signedOutClient(core: Core, sessionKey = 'test-session-signed-out'): ClinicApi {
  const caller = { shell: 'browser', sessionKey } as const
  return createClient((channel, payload) => core.dispatch(channel, payload, caller))
}
