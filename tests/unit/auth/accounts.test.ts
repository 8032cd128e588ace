import { describe, expect, it } from 'vitest'
import { createClient } from '../../../src/shared/contract/client'
import { signedOutClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { addAccount, auditRows, manualClock, PASSWORD } from './authSupport'

const clock = manualClock()
const openTestCore = useTestCore({ role: 'admin', sessionClock: clock.now })

/** Five wrong guesses from one place, waiting out each delay: that place is locked out. */
async function guessFiveTimes(screen: ReturnType<typeof signedOutClient>, username: string) {
  let last
  for (let i = 0; i < 5; i++) {
    last = await screen.auth.signIn({ username, password: `wrong-guess-${i}` })
    clock.advanceSeconds(10)
  }
  return last
}

describe('lockout', () => {
  it('locks out the place the guesses came from, never the owner at another place', async () => {
    const { core } = openTestCore()
    await addAccount(core, 'boss', 'admin')
    const attacker = signedOutClient(core, 'attacker-window')
    expect(await guessFiveTimes(attacker, 'boss')).toMatchObject({
      ok: false,
      error: { reason: 'account_locked' },
    })
    expect(await attacker.auth.signIn({ username: 'boss', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { reason: 'account_locked' },
    })
    const owner = signedOutClient(core, 'owner-window')
    expect(
      expectOk(await owner.auth.signIn({ username: 'boss', password: PASSWORD })).user,
    ).toMatchObject({
      username: 'boss',
    })
  })

  it('is lifted by an administrator on the Users screen, and from the server console', async () => {
    const { core, api: admin } = openTestCore()
    await addAccount(core, 'dana', 'front_desk')
    const desk = signedOutClient(core, 'desk')
    await guessFiveTimes(desk, 'dana')
    const listed = expectOk(await admin.users.list({})).users.find((u) => u.username === 'dana')
    expect(listed).toMatchObject({ failedAttempts: 5, lockedUntil: expect.any(String) })

    expectOk(await admin.users.unlock({ username: 'dana' }))
    expect(
      expectOk(await desk.auth.signIn({ username: 'dana', password: PASSWORD })).user,
    ).toMatchObject({ username: 'dana' })

    // Locked again, and this time every administrator is away: the console lifts it.
    await desk.auth.signOut({})
    await guessFiveTimes(desk, 'dana')
    const console = createClient((channel, payload) =>
      core.dispatch(channel, payload, { shell: 'cli', sessionKey: 'console' }),
    )
    expect(expectOk(await console.users.unlock({ username: 'DANA' }))).toMatchObject({
      failedAttempts: 0,
      lockedUntil: null,
    })
    expectOk(await desk.auth.signIn({ username: 'dana', password: PASSWORD }))
    expect(auditRows(core).filter((row) => row.channel === 'users.unlock')).toHaveLength(2)
  })
})

describe('password strength', () => {
  it.each(['aaaaaaaaaa', '          ', 'password123', 'qwertyuiop', 'iloveyou12'])(
    'refuses %j wherever a password is chosen, with a field message',
    async (weak) => {
      const { core, api: admin } = openTestCore()
      const created = await admin.users.create({
        username: 'newbie',
        displayName: 'New Person',
        role: 'front_desk',
        password: weak,
      })
      expect(created).toMatchObject({
        ok: false,
        error: {
          kind: 'validation',
          issues: [{ path: ['password'], message: expect.stringMatching(/guess|common/) }],
        },
      })
      const id = await addAccount(core, 'fran', 'front_desk')
      expect(await admin.users.resetPassword({ id, password: weak })).toMatchObject({
        ok: false,
        error: { kind: 'validation', issues: [{ path: ['password'] }] },
      })
      const fran = signedOutClient(core, 'fran-window')
      expectOk(await fran.auth.signIn({ username: 'fran', password: PASSWORD }))
      expect(
        await fran.auth.changePassword({ currentPassword: PASSWORD, newPassword: weak }),
      ).toMatchObject({
        ok: false,
        error: { kind: 'validation', issues: [{ path: ['newPassword'] }] },
      })
    },
  )

  it('refuses a weak first administrator password', async () => {
    const { core } = openTestCore()
    core.db.exec('DELETE FROM users')
    const result = await signedOutClient(core).auth.setupAdmin({
      username: 'boss',
      displayName: 'The Boss',
      password: 'aaaaaaaaaa',
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})

describe('changing passwords', () => {
  it('lets every signed-in user change their own, with the current one, ending their other sessions', async () => {
    const { core } = openTestCore()
    await addAccount(core, 'cleo', 'clinician')
    const here = signedOutClient(core, 'here')
    const elsewhere = signedOutClient(core, 'elsewhere')
    expectOk(await here.auth.signIn({ username: 'cleo', password: PASSWORD }))
    expectOk(await elsewhere.auth.signIn({ username: 'cleo', password: PASSWORD }))

    expect(
      await here.auth.changePassword({
        currentPassword: 'not-my-password',
        newPassword: 'quiet-maple-harbour',
      }),
    ).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        issues: [{ path: ['currentPassword'], message: 'This is not your current password.' }],
      },
    })
    clock.advanceSeconds(5)
    expectOk(
      await here.auth.changePassword({
        currentPassword: PASSWORD,
        newPassword: 'quiet-maple-harbour',
      }),
    )
    expectOk(await here.reviews.worklist({}))
    expect(await elsewhere.reviews.worklist({})).toMatchObject({
      ok: false,
      error: { reason: 'signed_out' },
    })
    const later = signedOutClient(core, 'later')
    expect(await later.auth.signIn({ username: 'cleo', password: PASSWORD })).toMatchObject({
      ok: false,
    })
    clock.advanceSeconds(5)
    expectOk(await later.auth.signIn({ username: 'cleo', password: 'quiet-maple-harbour' }))
  })

  it('makes a user change a password an administrator set, and signs out their sessions at the reset', async () => {
    const { core, api: admin } = openTestCore()
    const id = await addAccount(core, 'erin', 'front_desk')
    const before = signedOutClient(core, 'before-reset')
    expectOk(await before.auth.signIn({ username: 'erin', password: PASSWORD }))

    const reset = expectOk(await admin.users.resetPassword({ id, password: 'temporary-otter-42' }))
    expect(reset.mustChangePassword).toBe(true)
    expect(await before.patients.search({ query: '' })).toMatchObject({
      ok: false,
      error: { reason: 'signed_out' },
    })

    const screen = signedOutClient(core, 'after-reset')
    const signedIn = expectOk(
      await screen.auth.signIn({ username: 'erin', password: 'temporary-otter-42' }),
    )
    expect(signedIn.mustChangePassword).toBe(true)
    expect(expectOk(await screen.auth.status({}))).toMatchObject({ mustChangePassword: true })
    expect(await screen.patients.search({ query: '' })).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'password_change_required' },
    })
    const changed = expectOk(
      await screen.auth.changePassword({
        currentPassword: 'temporary-otter-42',
        newPassword: 'lantern-walk-at-dusk',
      }),
    )
    expect(changed.mustChangePassword).toBeUndefined()
    expectOk(await screen.patients.search({ query: '' }))
    const listed = expectOk(await admin.users.list({})).users.find((user) => user.id === id)
    expect(listed?.mustChangePassword).toBe(false)
  })

  it('ends the sessions of a user who is disabled', async () => {
    const { core, api: admin } = openTestCore()
    const id = await addAccount(core, 'gus', 'clinician')
    const gus = signedOutClient(core, 'gus-window')
    expectOk(await gus.auth.signIn({ username: 'gus', password: PASSWORD }))
    expectOk(await admin.users.setDisabled({ id, disabled: true }))
    expect(expectOk(await gus.auth.status({}))).toEqual({
      state: 'signed_out',
      endedBy: 'session_ended_account_disabled',
    })
    expect(await gus.reviews.worklist({})).toMatchObject({
      ok: false,
      error: { reason: 'signed_out' },
    })
  })
})
