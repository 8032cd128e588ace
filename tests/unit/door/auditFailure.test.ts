// A call whose audit entry cannot be written fails, whatever it was, and leaves nothing changed:
// no session, no row. The trail's append is made to throw, as a full disk would make it.
import { describe, expect, it, vi } from 'vitest'
import { hashPassword } from '../../../src/main/auth/passwordHash'
import { createUserRepository } from '../../../src/main/auth/userRepository'
import type { Core } from '../../../src/main/core'
import { fakePatient } from '../support/patientFixtures'
import { signedInClient, signedOutClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'

const openTestCore = useTestCore()
const PASSWORD = 'correct horse battery staple 42'

function failAppends(core: Core) {
  return vi.spyOn(core.audit, 'append').mockImplementation(() => {
    throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
  })
}

const auditRows = (core: Core) => core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()
// Failed as the app fails a call it could not record: an internal error, or the full-disk
// message when the cause is a full disk (as this stand-in says).
const AUDIT_FAILED = { ok: false, error: { kind: expect.stringMatching(/^(internal|storage)$/) } }

describe('a call whose audit entry cannot be written', () => {
  it('fails a sign-in and leaves the session signed out', async () => {
    const { core } = openTestCore()
    createUserRepository(core.db).create(
      {
        username: 'kim',
        displayName: 'Kim',
        role: 'front_desk',
        passwordHash: await hashPassword(PASSWORD),
        mustChangePassword: false,
      },
      new Date().toISOString(),
    )
    const desk = signedOutClient(core)
    const rowsBefore = auditRows(core)
    const failing = failAppends(core)
    expect(await desk.auth.signIn({ username: 'kim', password: PASSWORD })).toMatchObject(
      AUDIT_FAILED,
    )
    failing.mockRestore()

    expect(auditRows(core)).toBe(rowsBefore)
    expect(core.sessions.peek('test-session-signed-out')).toEqual({ state: 'signed_out' })
    expect(expectOk(await desk.auth.status({}))).toEqual({ state: 'signed_out' })
    expect(await desk.patients.search({ query: '' })).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated' },
    })
  })

  it('fails a refusal instead of answering it unrecorded', async () => {
    const { core } = openTestCore()
    const stranger = signedOutClient(core)
    const rowsBefore = auditRows(core)
    const failing = failAppends(core)
    expect(await stranger.patients.get({ id: 1 })).toMatchObject(AUDIT_FAILED)
    failing.mockRestore()
    expect(auditRows(core)).toBe(rowsBefore)
  })

  it('fails an unlock and keeps the screen locked', async () => {
    const { core } = openTestCore()
    const user = createUserRepository(core.db).create(
      {
        username: 'lee',
        displayName: 'Lee',
        role: 'clinician',
        passwordHash: await hashPassword(PASSWORD),
        mustChangePassword: false,
      },
      new Date().toISOString(),
    )
    core.sessions.signIn('lee-window', user.id)
    core.sessions.lock('lee-window')
    const failing = failAppends(core)
    const result = await core.dispatch(
      'auth.unlock',
      { password: PASSWORD },
      { shell: 'desktop', sessionKey: 'lee-window' },
    )
    failing.mockRestore()
    expect(result).toMatchObject(AUDIT_FAILED)
    expect(core.sessions.peek('lee-window')).toMatchObject({ state: 'locked' })
  })

  it('fails a rejected input and a change, keeping no change', async () => {
    const { core, api } = openTestCore()
    const failing = failAppends(core)
    expect(await api.patients.get({ id: -1 })).toMatchObject(AUDIT_FAILED)
    expect(await api.patients.create(fakePatient())).toMatchObject(AUDIT_FAILED)
    failing.mockRestore()
    expect(core.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(0)
    expect(auditRows(core)).toBe(0)
    // Nothing is stuck: with the disk freed, the same calls work and are recorded.
    expectOk(await api.patients.create(fakePatient()))
    expect(auditRows(core)).toBe(1)
    expect(expectOk(await signedInClient(core, 'admin').audit.verify({}))).toEqual({
      intact: true,
      entries: 1,
    })
  })
})
