// A temporary password (an administrator's, at an account's creation or a reset, or IT's at the
// console's add-user) is known to whoever gave it: its owner can keep neither it nor a variant
// of it that differs only in capital and small letters, at the first change or at any later one.
import { describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core'
import { createClient } from '../../../src/shared/contract/client'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { signedOutClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'

const TEMPORARY = 'Harbour-Kite-4821'
const NEXT_TEMPORARY = 'Copper-Meadow-5937'
const OWN = 'lantern-walk-at-dusk'
const LATER_OWN = 'quiet-maple-harbour'
const GIVEN_BY_ADMINISTRATOR =
  'Choose a password of your own: this one was given to you by the administrator.'

const openTestCore = useTestCore({ role: 'admin' })

function consoleClient(core: Core): ClinicApi {
  return createClient((channel, payload) =>
    core.dispatch(channel, payload, { shell: 'cli', sessionKey: 'console' }),
  )
}

const person = (username: string, password = TEMPORARY) => ({
  username,
  displayName: `Staff ${username}`,
  role: 'front_desk' as const,
  password,
})

function refusedAsGiven(result: unknown): void {
  expect(result).toMatchObject({
    ok: false,
    error: {
      kind: 'validation',
      issues: [{ path: ['newPassword'], message: GIVEN_BY_ADMINISTRATOR }],
    },
  })
}

let windows = 0
/** Signs `username` in at a window of their own. */
async function signedInAs(core: Core, username: string, password: string): Promise<ClinicApi> {
  windows += 1
  const screen = signedOutClient(core, `window-${windows}`)
  expectOk(await screen.auth.signIn({ username, password }))
  return screen
}

describe('the first change of a temporary password', () => {
  it('refuses the temporary password with only its letter case changed', async () => {
    const { core, api: admin } = openTestCore()
    expectOk(await admin.users.create(person('nia')))
    const screen = await signedInAs(core, 'nia', TEMPORARY)

    for (const variant of ['harbour-kite-4821', 'HARBOUR-KITE-4821', 'Harbour-kite-4821']) {
      refusedAsGiven(
        await screen.auth.changePassword({ currentPassword: TEMPORARY, newPassword: variant }),
      )
    }
    // Still a temporary password: nothing else until it is replaced by one of their own.
    expect(await screen.patients.search({ query: '' })).toMatchObject({
      ok: false,
      error: { reason: 'password_change_required' },
    })
    expectOk(await screen.auth.changePassword({ currentPassword: TEMPORARY, newPassword: OWN }))
    expectOk(await screen.patients.search({ query: '' }))
  })

  it('refuses a letter-case variant after a reset too', async () => {
    const { core, api: admin } = openTestCore()
    const { id } = expectOk(await admin.users.create(person('omar', NEXT_TEMPORARY)))
    expectOk(await admin.users.resetPassword({ id, password: TEMPORARY }))
    const screen = await signedInAs(core, 'omar', TEMPORARY)
    refusedAsGiven(
      await screen.auth.changePassword({
        currentPassword: TEMPORARY,
        newPassword: 'hARBOUR-kITE-4821',
      }),
    )
  })
})

describe('a later change of password', () => {
  it.each([
    ['an administrator on the Users screen', (_core: Core, admin: ClinicApi) => admin],
    ['IT at the console (add-user)', (core: Core) => consoleClient(core)],
  ])('refuses the temporary password given by %s', async (_who, giver) => {
    const { core, api: admin } = openTestCore()
    expectOk(await giver(core, admin).users.create(person('pia')))
    const first = await signedInAs(core, 'pia', TEMPORARY)
    expectOk(await first.auth.changePassword({ currentPassword: TEMPORARY, newPassword: OWN }))

    // Days later, from the ordinary "Change password".
    const later = await signedInAs(core, 'pia', OWN)
    refusedAsGiven(
      await later.auth.changePassword({ currentPassword: OWN, newPassword: TEMPORARY }),
    )
    // Refused, so the password is still their own one.
    await signedInAs(core, 'pia', OWN)
    expect(
      await signedOutClient(core, 'pia-elsewhere').auth.signIn({
        username: 'pia',
        password: TEMPORARY,
      }),
    ).toMatchObject({ ok: false })
  })

  it('refuses the current password with only its letter case changed', async () => {
    const { core, api: admin } = openTestCore()
    expectOk(await admin.users.create(person('quinn')))
    const first = await signedInAs(core, 'quinn', TEMPORARY)
    expectOk(await first.auth.changePassword({ currentPassword: TEMPORARY, newPassword: OWN }))
    expect(
      await first.auth.changePassword({ currentPassword: OWN, newPassword: OWN.toUpperCase() }),
    ).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        issues: [
          {
            path: ['newPassword'],
            message:
              'Choose a password different from the current one: changing only capital and small letters is not enough.',
          },
        ],
      },
    })
  })

  it('remembers only the newest temporary password: a new reset replaces it', async () => {
    const { core, api: admin } = openTestCore()
    const { id } = expectOk(await admin.users.create(person('rosa')))
    const first = await signedInAs(core, 'rosa', TEMPORARY)
    expectOk(await first.auth.changePassword({ currentPassword: TEMPORARY, newPassword: OWN }))

    expectOk(await admin.users.resetPassword({ id, password: NEXT_TEMPORARY }))
    const afterReset = await signedInAs(core, 'rosa', NEXT_TEMPORARY)
    expectOk(
      await afterReset.auth.changePassword({
        currentPassword: NEXT_TEMPORARY,
        newPassword: LATER_OWN,
      }),
    )

    const later = await signedInAs(core, 'rosa', LATER_OWN)
    refusedAsGiven(
      await later.auth.changePassword({ currentPassword: LATER_OWN, newPassword: NEXT_TEMPORARY }),
    )
    // The first temporary password is no longer the remembered one.
    expectOk(
      await later.auth.changePassword({ currentPassword: LATER_OWN, newPassword: TEMPORARY }),
    )
  })

  it('never keeps the temporary password where a caller could read it', async () => {
    const { core, api: admin } = openTestCore()
    const created = expectOk(await admin.users.create(person('sam')))
    expect(JSON.stringify(created)).not.toMatch(/scrypt|temporary/i)
    const listed = expectOk(await admin.users.list({})).users
    expect(JSON.stringify(listed)).not.toMatch(/scrypt|temporary/i)
    const stored = core.db
      .prepare('SELECT temporary_password_hash FROM users WHERE id = ?')
      .pluck()
      .get(created.id)
    expect(stored).toMatch(/^scrypt\$/)
    expect(stored).not.toContain(TEMPORARY)
  })
})
