import { describe, expect, it } from 'vitest'
import { signedInClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { tamper } from './auditSupport'

const openTestCore = useTestCore({ now: () => new Date('2026-11-26T10:00:00Z') })

/** A front-desk morning: a patient, an intake with notes, a look at it, a refused admin call. */
async function morning() {
  const { core, api } = openTestCore()
  const patient = expectOk(
    await api.patients.create({
      givenName: 'Zebedee',
      familyName: 'Quintessential',
      dateOfBirth: '1961-04-02',
      sex: 'male',
      recordNumber: 'MRN-SECRET-77',
    }),
  )
  const { intake } = expectOk(await api.intakes.start({ patientId: patient.id }))
  expectOk(
    await api.intakes.saveDraft({
      id: intake.id,
      version: 1,
      step: 'history',
      values: { notes: 'Lives with sister, afraid of needles', painNow: '7' },
    }),
  )
  expectOk(await api.intakes.get({ id: intake.id }))
  expect(await api.users.list({})).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
  return { core, api, patient, intake }
}

describe('the audit trail', () => {
  it('records who did what to which record, with ids only', async () => {
    const { core, patient, intake } = await morning()
    const admin = signedInClient(core, 'admin')
    const { entries } = expectOk(await admin.audit.list({}))
    const calls = entries
      .filter((entry) => entry.username === 'test-front-desk')
      .reverse()
      .map(({ action, channel, entityType, entityId, patientId, outcome }) => ({
        action,
        channel,
        entityType,
        entityId,
        patientId,
        outcome,
      }))
    expect(calls).toEqual([
      {
        action: 'create',
        channel: 'patients.create',
        entityType: 'patient',
        entityId: patient.id,
        patientId: patient.id,
        outcome: 'ok',
      },
      {
        action: 'create',
        channel: 'intakes.start',
        entityType: 'intake',
        entityId: intake.id,
        patientId: patient.id,
        outcome: 'ok',
      },
      {
        action: 'update',
        channel: 'intakes.saveDraft',
        entityType: 'intake',
        entityId: intake.id,
        // The door looks up whose intake it is, so every entry about an intake names the patient.
        patientId: patient.id,
        outcome: 'ok',
      },
      {
        action: 'view',
        channel: 'intakes.get',
        entityType: 'intake',
        entityId: intake.id,
        patientId: patient.id,
        outcome: 'ok',
      },
      {
        action: 'refused',
        channel: 'users.list',
        entityType: null,
        entityId: null,
        patientId: null,
        outcome: 'forbidden',
      },
    ])
    // Reading the trail is itself recorded (after the page it returned was read).
    const { entries: again } = expectOk(await admin.audit.list({ limit: 1 }))
    expect(again[0]).toMatchObject({
      action: 'view',
      channel: 'audit.list',
      username: 'test-admin',
    })
  })

  it('never stores a patient name, record number or answer', async () => {
    const { core } = await morning()
    const everything = JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all())
    for (const secret of [
      'Zebedee',
      'Quintessential',
      'MRN-SECRET',
      'sister',
      'needles',
      '1961-04-02',
    ]) {
      expect(everything).not.toContain(secret)
    }
  })

  it('cannot be changed or deleted through SQL while its triggers stand', async () => {
    const { core } = await morning()
    expect(() => core.db.exec("UPDATE audit_log SET outcome = 'ok' WHERE id = 1")).toThrow(
      /append-only/,
    )
    expect(() => core.db.exec('DELETE FROM audit_log WHERE id = 1')).toThrow(/append-only/)
  })

  it('detects an edited entry even with the triggers dropped', async () => {
    const { core } = await morning()
    const admin = signedInClient(core, 'admin')
    expect(expectOk(await admin.audit.verify({}))).toEqual({ intact: true, entries: 5 })
    tamper(core.db, "UPDATE audit_log SET username = 'someone-else' WHERE id = 3")
    expect(expectOk(await admin.audit.verify({}))).toEqual({
      intact: false,
      entries: 2,
      firstBadId: 3,
      problem: 'edited',
    })
  })

  it('detects an edit that recomputes the row hash, at the next row', async () => {
    const { core } = await morning()
    const admin = signedInClient(core, 'admin')
    // A careful forger fixes the row's own hash; the next row still names the old one.
    tamper(
      core.db,
      "UPDATE audit_log SET outcome = 'forbidden', hash = 'f'||substr(hash, 2) WHERE id = 2",
    )
    expect(expectOk(await admin.audit.verify({}))).toMatchObject({ intact: false, firstBadId: 2 })
  })

  it('detects a deleted entry, in the middle or the newest', async () => {
    const { core } = await morning()
    const admin = signedInClient(core, 'admin')
    tamper(core.db, 'DELETE FROM audit_log WHERE id = 2')
    expect(expectOk(await admin.audit.verify({}))).toEqual({
      intact: false,
      entries: 1,
      firstBadId: 3,
      problem: 'missing',
    })

    const other = await morning()
    const otherAdmin = signedInClient(other.core, 'admin')
    tamper(other.core.db, 'DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)')
    expect(expectOk(await otherAdmin.audit.verify({}))).toEqual({
      intact: false,
      entries: 4,
      firstBadId: 5,
      problem: 'missing',
    })
  })

  it('filters by user, action and day, pages newest first, and exports CSV', async () => {
    const { core } = await morning()
    const admin = signedInClient(core, 'admin')
    const frontDeskId = core.db
      .prepare("SELECT id FROM users WHERE role = 'front_desk'")
      .pluck()
      .get() as number

    const views = expectOk(
      await admin.audit.list({ filter: { userId: frontDeskId, action: 'view' } }),
    )
    expect(views.entries.map((entry) => entry.channel)).toEqual(['intakes.get'])
    expect(views.users).toContainEqual({ id: frontDeskId, username: 'test-front-desk' })

    const firstPage = expectOk(await admin.audit.list({ limit: 2 }))
    expect(firstPage.hasMore).toBe(true)
    const secondPage = expectOk(
      await admin.audit.list({ limit: 2, beforeId: firstPage.entries[1]?.id ?? 0 }),
    )
    expect(secondPage.entries[0]?.id).toBe((firstPage.entries[1]?.id ?? 0) - 1)

    expect(expectOk(await admin.audit.list({ filter: { from: '2026-11-27' } })).entries).toEqual([])
    expect(
      await admin.audit.list({ filter: { from: '2026-11-26', to: '2026-11-25' } }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    })

    const exported = expectOk(await admin.audit.exportCsv({ filter: { userId: frontDeskId } }))
    expect(exported.fileName).toMatch(/^clinic-intake-audit-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = exported.csv.trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'id,time_utc,user_id,username,shell,action,channel,record_type,record_id,patient_id,outcome,detail',
    )
    expect(lines).toHaveLength(6)
    expect(exported.rows).toBe(5)
    expect(lines[1]).toMatch(
      /^1,2026-11-26T10:00:00\.000Z,\d+,test-front-desk,browser,create,patients\.create,patient,1,1,ok,$/,
    )
  })
})
