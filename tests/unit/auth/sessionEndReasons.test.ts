// Found trying the app as staff: when an administrator disabled an account or reset its password,
// the person's workstation said only "the clinic server restarted or your session ended" and
// promised their work back after signing in again, which a disabled account cannot do. The
// server now says why it ended the session, in the refused call and in auth.status, for as long
// as it remembers (in memory, bounded); after a restart the general words remain.
import { describe, expect, it } from 'vitest'
import { createSessionRegistry } from '../../../src/main/auth/sessionRegistry'
import type { StoredUser } from '../../../src/main/auth/userRepository'
import type { Core } from '../../../src/main/core'
import { signedOutClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'

const TEMPORARY = 'harbour-kite-4821'
const OWN = 'lantern-walk-at-dusk'
const NEXT = 'quiet-orchard-lamp-77'
const openTestCore = useTestCore({ role: 'admin' })

/** A front-desk account whose owner has chosen `OWN`, signed in on `window`. */
async function signedInPerson(core: Core, admin: ReturnType<typeof openTestCore>['api']) {
  const { id } = expectOk(
    await admin.users.create({
      username: 'nia',
      displayName: 'Nia Front',
      role: 'front_desk',
      password: TEMPORARY,
    }),
  )
  const window = (key: string) => signedOutClient(core, key)
  const first = window('nia-window')
  expectOk(await first.auth.signIn({ username: 'nia', password: TEMPORARY }))
  expectOk(await first.auth.changePassword({ currentPassword: TEMPORARY, newPassword: OWN }))
  expectOk(await first.patients.search({ query: '' }))
  return { id, screen: first, window }
}

describe('a session the server ended by itself says why', () => {
  it('when an administrator disabled the account', async () => {
    const { core, api: admin } = openTestCore()
    const { id, screen } = await signedInPerson(core, admin)
    expectOk(await admin.users.setDisabled({ id, disabled: true }))

    expect(await screen.patients.search({ query: '' })).toMatchObject({
      ok: false,
      error: {
        kind: 'unauthenticated',
        reason: 'signed_out',
        code: 'session_ended_account_disabled',
      },
    })
    // The screen asks who is signed in here next (its live stream broke): the same reason.
    expect(expectOk(await screen.auth.status({}))).toEqual({
      state: 'signed_out',
      endedBy: 'session_ended_account_disabled',
    })
  })

  it('when an administrator reset the password', async () => {
    const { core, api: admin } = openTestCore()
    const { id, screen } = await signedInPerson(core, admin)
    expectOk(await admin.users.resetPassword({ id, password: NEXT }))

    // Asked first, before any other call, the status says it too.
    expect(expectOk(await screen.auth.status({}))).toEqual({
      state: 'signed_out',
      endedBy: 'session_ended_password_reset',
    })
    expect(await screen.intakes.listDrafts({})).toMatchObject({
      ok: false,
      error: { reason: 'signed_out', code: 'session_ended_password_reset' },
    })
  })

  it('when the person changed their password in another window', async () => {
    const { core, api: admin } = openTestCore()
    const { screen, window } = await signedInPerson(core, admin)
    const other = window('nia-other-window')
    expectOk(await other.auth.signIn({ username: 'nia', password: OWN }))
    expectOk(await other.auth.changePassword({ currentPassword: OWN, newPassword: NEXT }))

    expect(await screen.patients.search({ query: '' })).toMatchObject({
      ok: false,
      error: { reason: 'signed_out', code: 'session_ended_password_changed' },
    })
    // The window that changed it carries on.
    expectOk(await other.patients.search({ query: '' }))
  })

  it('forgets the reason once someone signs in there again', async () => {
    const { core, api: admin } = openTestCore()
    const { id, screen } = await signedInPerson(core, admin)
    expectOk(await admin.users.resetPassword({ id, password: NEXT }))
    expectOk(await screen.auth.signIn({ username: 'nia', password: NEXT }))
    expectOk(await screen.auth.signOut({}))
    expect(expectOk(await screen.auth.status({}))).toEqual({ state: 'signed_out' })
  })

  it('a session that simply is not known gets the general refusal', async () => {
    const { core } = openTestCore()
    const stranger = signedOutClient(core, 'never-signed-in')
    const refused = await stranger.patients.search({ query: '' })
    expect(refused).toMatchObject({ ok: false, error: { reason: 'signed_out' } })
    expect(refused.ok ? null : refused.error).not.toHaveProperty('code')
    expect(expectOk(await stranger.auth.status({}))).toEqual({ state: 'signed_out' })
  })
})

describe('the registry remembers why sessions ended', () => {
  const registry = (rememberedEnds: number) =>
    createSessionRegistry({
      users: { find: (id) => (id === 7 ? person : null) },
      now: () => new Date('2026-11-26T09:00:00Z'),
      idleLockSeconds: () => 600,
      rememberedEnds,
    })
  /** Only what the registry reads of an account. */
  const person = {
    id: 7,
    username: 'nia',
    displayName: 'Nia Front',
    role: 'front_desk',
    disabled: false,
    mustChangePassword: false,
  } as StoredUser

  it('for a bounded number of sessions, oldest forgotten first', () => {
    const sessions = registry(2)
    for (const key of ['a', 'b', 'c']) sessions.signIn(key, 7)
    expect(sessions.endSessionsOf(7, { reason: 'session_ended_password_reset' })).toBe(3)
    expect(sessions.peek('a')).toEqual({ state: 'signed_out' })
    expect(sessions.peek('b')).toEqual({
      state: 'signed_out',
      endedBy: 'session_ended_password_reset',
    })
    expect(sessions.resolve('c').view).toEqual({
      state: 'signed_out',
      endedBy: 'session_ended_password_reset',
    })
  })

  it('not across a restart: a new registry knows nothing of the old one', () => {
    const before = registry(10)
    before.signIn('a', 7)
    before.endSessionsOf(7, { reason: 'session_ended_password_reset' })
    expect(registry(10).peek('a')).toEqual({ state: 'signed_out' })
  })
})
