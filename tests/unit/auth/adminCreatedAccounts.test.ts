// An account an administrator adds (Users › Add a person) gets the password the administrator
// typed: a temporary one, which its owner must replace at the first sign-in, exactly as after
// an administrator's reset. The console's add-user does the same, except for the installation's
// first administrator typing their own password (`--own-password`).
import { describe, expect, it } from 'vitest'
import { createClient } from '../../../src/shared/contract/client'
import type { Role } from '../../../src/shared/contract/roles'
import type { Core } from '../../../src/main/core'
import { signedOutClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { auditRows } from './authSupport'

const TEMPORARY = 'harbour-kite-4821'
const OWN = 'lantern-walk-at-dusk'
const openTestCore = useTestCore({ role: 'admin' })

function consoleClient(core: Core) {
  return createClient((channel, payload) =>
    core.dispatch(channel, payload, { shell: 'cli', sessionKey: 'console' }),
  )
}

const person = (username: string, role: Role = 'front_desk') => ({
  username,
  displayName: `Staff ${username}`,
  role,
  password: TEMPORARY,
})

describe('an account an administrator adds', () => {
  it('must choose its own password at the first sign-in, as after a reset', async () => {
    const { core, api: admin } = openTestCore()
    const created = expectOk(await admin.users.create(person('nia')))
    expect(created.mustChangePassword).toBe(true)
    // What the Users list shows for it: the same "must change" as after a reset.
    const listed = async () =>
      expectOk(await admin.users.list({})).users.find((user) => user.id === created.id)
        ?.mustChangePassword
    expect(await listed()).toBe(true)

    const screen = signedOutClient(core, 'nia-window')
    const signedIn = expectOk(await screen.auth.signIn({ username: 'nia', password: TEMPORARY }))
    expect(signedIn.mustChangePassword).toBe(true)
    expect(expectOk(await screen.auth.status({}))).toMatchObject({ mustChangePassword: true })
    // Nothing else until the password is their own (the door's rule after a reset).
    expect(await screen.patients.search({ query: '' })).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'password_change_required' },
    })

    // The temporary password cannot be kept as the new one.
    expect(
      await screen.auth.changePassword({ currentPassword: TEMPORARY, newPassword: TEMPORARY }),
    ).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        issues: [
          { path: ['newPassword'], message: 'Choose a password different from the current one' },
        ],
      },
    })
    expect(await screen.patients.search({ query: '' })).toMatchObject({
      ok: false,
      error: { reason: 'password_change_required' },
    })

    const changed = expectOk(
      await screen.auth.changePassword({ currentPassword: TEMPORARY, newPassword: OWN }),
    )
    expect(changed.mustChangePassword).toBeUndefined()
    expectOk(await screen.patients.search({ query: '' }))
    expect(await listed()).toBe(false)
  })

  it('is recorded in the audit trail as made by that administrator, without the password', async () => {
    const { core, api: admin } = openTestCore()
    const created = expectOk(await admin.users.create(person('omar', 'clinician')))
    const entry = auditRows(core).find((row) => row.channel === 'users.create')
    expect(entry).toMatchObject({
      username: 'test-admin',
      action: 'create',
      entity_type: 'user',
      entity_id: created.id,
      outcome: 'ok',
    })
    const everything = JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all())
    expect(everything).not.toContain(TEMPORARY)
  })
})

describe('an account added at the console (add-user)', () => {
  it('gets a temporary password too', async () => {
    const { core } = openTestCore()
    const created = expectOk(await consoleClient(core).users.create(person('pia')))
    expect(created.mustChangePassword).toBe(true)
    const signedIn = expectOk(
      await signedOutClient(core, 'pia-window').auth.signIn({
        username: 'pia',
        password: TEMPORARY,
      }),
    )
    expect(signedIn.mustChangePassword).toBe(true)
  })

  it('keeps the password only for the first administrator typing their own', async () => {
    const { core, api: admin } = openTestCore()
    const ownPassword = true as const
    // An administrator in the app cannot make a password stick for someone else.
    expect(await admin.users.create({ ...person('quinn', 'admin'), ownPassword })).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['ownPassword'] }] },
    })
    const console = consoleClient(core)
    // Not while the folder has an account already, and never for anyone but an administrator.
    expect(await console.users.create({ ...person('quinn', 'admin'), ownPassword })).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['ownPassword'] }] },
    })
    core.db.exec('DELETE FROM users')
    expect(
      await console.users.create({ ...person('rosa', 'front_desk'), ownPassword }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['ownPassword'] }] },
    })
    expect(core.db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0)

    const first = expectOk(await console.users.create({ ...person('quinn', 'admin'), ownPassword }))
    expect(first.mustChangePassword).toBe(false)
    const signedIn = expectOk(
      await signedOutClient(core, 'quinn-window').auth.signIn({
        username: 'quinn',
        password: TEMPORARY,
      }),
    )
    expect(signedIn.mustChangePassword).toBeUndefined()
  })
})
