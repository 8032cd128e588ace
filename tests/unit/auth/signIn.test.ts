import { describe, expect, it } from 'vitest'
import { signedInClient, signedOutClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { addAccount, auditRows, manualClock, PASSWORD } from './authSupport'

const clock = manualClock()
const openTestCore = useTestCore({ role: 'admin', sessionClock: clock.now })

describe('the first run', () => {
  it('asks for the administrator only while no account exists, then never again', async () => {
    const { core } = useFreshCore()
    const screen = signedOutClient(core)
    expect(expectOk(await screen.auth.status({}))).toEqual({ state: 'setup_required' })
    const weak = await screen.auth.setupAdmin({
      username: 'boss',
      displayName: 'Boss',
      password: 'short',
    })
    expect(weak).toMatchObject({ ok: false, error: { kind: 'validation' } })

    const admin = expectOk(
      await screen.auth.setupAdmin({
        username: 'Boss',
        displayName: 'The Boss',
        password: PASSWORD,
      }),
    )
    expect(admin).toMatchObject({ state: 'signed_in', user: { username: 'boss', role: 'admin' } })
    expect(admin.idleLockSeconds).toBe(600)

    const again = await signedOutClient(core, 'another-window').auth.setupAdmin({
      username: 'intruder',
      displayName: 'Intruder',
      password: PASSWORD,
    })
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    expect(auditRows(core).map((row) => [row.action, row.outcome, row.detail])).toEqual([
      ['create', 'validation', null],
      ['create', 'ok', null],
      ['sign_in', 'ok', 'setup'],
      ['create', 'conflict', null],
    ])
  })

  function useFreshCore() {
    const opened = openTestCore()
    // useTestCore signs an admin in; the first-run test needs a database with no accounts.
    opened.core.db.exec('DELETE FROM users')
    opened.core.sessions.signOut('test-session-admin')
    return opened
  }
})

describe('signing in', () => {
  it('signs in with the right password, case-insensitive username, and says who is signed in', async () => {
    const { core } = openTestCore()
    const id = await addAccount(core, 'fran', 'front_desk')
    const screen = signedOutClient(core)
    expect(expectOk(await screen.auth.status({}))).toEqual({ state: 'signed_out' })
    const signedIn = expectOk(await screen.auth.signIn({ username: ' FRAN ', password: PASSWORD }))
    expect(signedIn.user).toEqual({
      id,
      username: 'fran',
      displayName: 'Staff fran',
      role: 'front_desk',
    })
    expect(expectOk(await screen.auth.status({}))).toMatchObject({
      state: 'signed_in',
      user: { id },
    })
    expect(expectOk(await screen.patients.search({ query: '' }))).toEqual({ patients: [] })
  })

  it('gives the same answer for an unknown username as for a wrong password', async () => {
    const { core } = openTestCore()
    await addAccount(core, 'fran', 'front_desk')
    const screen = signedOutClient(core)
    const unknown = await screen.auth.signIn({ username: 'nobody', password: PASSWORD })
    const wrong = await screen.auth.signIn({ username: 'fran', password: 'not-the-password' })
    expect(unknown).toEqual(wrong)
    expect(wrong).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'wrong_credentials' },
    })
    const failures = auditRows(core).filter((row) => row.action === 'sign_in')
    expect(failures).toEqual([
      expect.objectContaining({
        user_id: null,
        entity_type: null,
        outcome: 'unauthenticated',
        detail: 'wrong_credentials',
      }),
      expect.objectContaining({
        user_id: null,
        entity_type: 'user',
        outcome: 'unauthenticated',
        detail: 'wrong_credentials',
      }),
    ])
  })

  it('slows down after each failure and locks the account at the fifth', async () => {
    const { core } = openTestCore()
    const id = await addAccount(core, 'cleo', 'clinician')
    const screen = signedOutClient(core)
    const attempt = (password: string) => screen.auth.signIn({ username: 'cleo', password })

    expect(await attempt('wrong-1')).toMatchObject({
      ok: false,
      error: { reason: 'wrong_credentials' },
    })
    // Straight away again: refused without checking, even with the right password.
    expect(await attempt(PASSWORD)).toMatchObject({
      ok: false,
      error: { reason: 'wait', retryAfterSeconds: 1 },
    })
    for (const [wait, failures] of [
      [1, 2],
      [2, 3],
      [4, 4],
    ] as const) {
      clock.advanceSeconds(wait)
      expect(await attempt(`wrong-${failures}`)).toMatchObject({
        ok: false,
        error: { reason: 'wrong_credentials' },
      })
      expect(await attempt('wrong-too-soon')).toMatchObject({
        ok: false,
        error: { reason: 'wait', retryAfterSeconds: wait * 2 },
      })
    }
    clock.advanceSeconds(8)
    expect(await attempt('wrong-5')).toMatchObject({
      ok: false,
      error: { reason: 'account_locked', retryAfterSeconds: 900 },
    })
    clock.advanceSeconds(14 * 60)
    expect(await attempt(PASSWORD)).toMatchObject({
      ok: false,
      error: { reason: 'account_locked' },
    })
    const admin = signedInClient(core, 'admin')
    const listed = expectOk(await admin.users.list({})).users.find((user) => user.id === id)
    expect(listed).toMatchObject({ failedAttempts: 5, lockedUntil: expect.any(String) })

    clock.advanceSeconds(61)
    expect(expectOk(await attempt(PASSWORD)).user.id).toBe(id)
    const after = expectOk(await admin.users.list({})).users.find((user) => user.id === id)
    expect(after).toMatchObject({ failedAttempts: 0, lockedUntil: null })
  })

  it('lets an administrator lift a lockout by setting a new password', async () => {
    const { core, api: admin } = openTestCore()
    const id = await addAccount(core, 'dana', 'front_desk')
    const screen = signedOutClient(core)
    for (let i = 0; i < 5; i++) {
      await screen.auth.signIn({ username: 'dana', password: `wrong-${i}` })
      clock.advanceSeconds(10)
    }
    expect(await screen.auth.signIn({ username: 'dana', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { reason: 'account_locked' },
    })
    expectOk(await admin.users.resetPassword({ id, password: 'brand-new-password' }))
    expect(
      expectOk(await screen.auth.signIn({ username: 'dana', password: 'brand-new-password' })).user
        .id,
    ).toBe(id)
  })

  it('refuses a disabled account, and signs it out of a session it already had', async () => {
    const { core, api: admin } = openTestCore()
    const id = await addAccount(core, 'erin', 'clinician')
    const screen = signedOutClient(core)
    expectOk(await screen.auth.signIn({ username: 'erin', password: PASSWORD }))
    expectOk(await admin.users.setDisabled({ id, disabled: true }))
    expect(await screen.reviews.worklist({})).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'signed_out' },
    })
    expect(await screen.auth.signIn({ username: 'erin', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { reason: 'account_disabled' },
    })
    expect(auditRows(core)).toContainEqual(
      expect.objectContaining({ user_id: id, action: 'sign_out', detail: 'disabled' }),
    )
  })
})

describe('the automatic lock', () => {
  it('locks an idle session on the server too, keeps its user, and unlocks with that password', async () => {
    const { core } = openTestCore()
    const id = await addAccount(core, 'fran', 'front_desk')
    const screen = signedOutClient(core)
    expectOk(await screen.auth.signIn({ username: 'fran', password: PASSWORD }))
    const patient = expectOk(
      await screen.patients.create({
        givenName: 'Idle',
        familyName: 'Case',
        dateOfBirth: '1970-01-01',
        sex: 'male',
      }),
    )
    const { intake } = expectOk(await screen.intakes.start({ patientId: patient.id }))
    const draft = {
      id: intake.id,
      version: 1,
      step: 'pain',
      values: { notes: 'typed before lunch' },
    }
    expectOk(await screen.intakes.saveDraft(draft))

    // Ten minutes is the renderer's lock; the server allows one more minute for its keep-alive.
    clock.advanceSeconds(10 * 60 + 30)
    expectOk(await screen.auth.keepAlive({}))
    clock.advanceSeconds(11 * 60 + 1)
    expect(await screen.intakes.get({ id: intake.id })).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'locked' },
    })
    expect(expectOk(await screen.auth.status({}))).toMatchObject({ state: 'locked', user: { id } })
    expect(await screen.auth.unlock({ password: 'not-it' })).toMatchObject({
      ok: false,
      error: { reason: 'wrong_credentials' },
    })
    clock.advanceSeconds(2)
    expectOk(await screen.auth.unlock({ password: PASSWORD }))
    // The draft is exactly as it was saved before the lock.
    expect(expectOk(await screen.intakes.get({ id: intake.id })).intake.values).toEqual(
      draft.values,
    )
    const events = auditRows(core).filter((row) => ['lock', 'unlock'].includes(row.action))
    expect(events.map((row) => [row.action, row.outcome, row.detail, row.user_id])).toEqual([
      ['lock', 'ok', 'idle', id],
      ['unlock', 'unauthenticated', 'wrong_credentials', id],
      ['unlock', 'ok', null, id],
    ])
  })

  it('signs the first user out when someone else signs in at the locked screen; their draft stays saved', async () => {
    const { core } = openTestCore()
    const fran = await addAccount(core, 'fran', 'front_desk')
    const cleo = await addAccount(core, 'cleo', 'clinician')
    const screen = signedOutClient(core)
    expectOk(await screen.auth.signIn({ username: 'fran', password: PASSWORD }))
    const patient = expectOk(
      await screen.patients.create({
        givenName: 'Shared',
        familyName: 'Desk',
        dateOfBirth: '1980-01-01',
        sex: 'female',
      }),
    )
    const { intake } = expectOk(await screen.intakes.start({ patientId: patient.id }))
    expectOk(
      await screen.intakes.saveDraft({
        id: intake.id,
        version: 1,
        step: 'pain',
        values: { painNow: '6' },
      }),
    )
    expectOk(await screen.auth.lock({}))

    expect(
      expectOk(await screen.auth.signIn({ username: 'cleo', password: PASSWORD })).user.id,
    ).toBe(cleo)
    expect(expectOk(await screen.auth.status({}))).toMatchObject({
      state: 'signed_in',
      user: { id: cleo },
    })
    expect(expectOk(await screen.intakes.get({ id: intake.id })).intake.values).toEqual({
      painNow: '6',
    })
    const tail = auditRows(core)
      .slice(-4)
      .map((row) => [row.action, row.user_id, row.detail])
    expect(tail).toEqual([
      ['lock', fran, null],
      ['sign_out', fran, 'replaced'],
      ['sign_in', cleo, null],
      ['view', cleo, null],
    ])
  })

  it('uses the idle time the administrator set', async () => {
    const { api: admin } = openTestCore()
    const settings = expectOk(await admin.safety.getSettings({}))
    expectOk(await admin.safety.saveSettings({ ...settings, idleLockMinutes: 3 }))
    expect(expectOk(await admin.auth.status({}))).toMatchObject({ idleLockSeconds: 180 })
    clock.advanceSeconds(6 * 60 + 1)
    expect(await admin.users.list({})).toMatchObject({ ok: false, error: { reason: 'locked' } })
  })
})
