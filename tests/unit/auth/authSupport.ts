import type { Core } from '../../../src/main/core'
import type { Role } from '../../../src/shared/contract/roles'
import { signedInClient } from '../support/signedInClient'
import { expectOk } from '../support/testCore'

export const PASSWORD = 'correct-horse-battery'

/** A wall clock a test moves by hand (idle locks, sign-in delays). */
export function manualClock(start = '2026-11-26T09:00:00Z') {
  let time = Date.parse(start)
  return {
    now: () => new Date(time),
    advanceSeconds(seconds: number) {
      time += seconds * 1000
    },
  }
}

/**
 * An account with a real password, created by an administrator as the Users screen does, whose
 * owner has since made `PASSWORD` their own (a fresh account must change it at the first
 * sign-in: adminCreatedAccounts.test.ts). Marked so directly, leaving no extra sign-in in the
 * trail or the failure counts of the tests that use it.
 */
export async function addAccount(core: Core, username: string, role: Role): Promise<number> {
  const admin = signedInClient(core, 'admin')
  const user = expectOk(
    await admin.users.create({
      username,
      displayName: `Staff ${username}`,
      role,
      password: PASSWORD,
    }),
  )
  core.db.prepare('UPDATE users SET must_change_password = 0 WHERE id = ?').run(user.id)
  return user.id
}

export function auditRows(core: Core) {
  return core.db
    .prepare(
      'SELECT user_id, username, action, channel, entity_type, entity_id, outcome, detail FROM audit_log ORDER BY id',
    )
    .all() as {
    user_id: number | null
    username: string | null
    action: string
    channel: string | null
    entity_type: string | null
    entity_id: number | null
    outcome: string
    detail: string | null
  }[]
}
