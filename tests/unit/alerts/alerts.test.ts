// Emergency alerts are records: raised with the submit, open until a clinician acknowledges
// them, and the acknowledgement is in the audit trail with who and when.
import { describe, expect, it } from 'vitest'
import { signedInClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { EMERGENCY_ANSWERS, NOT_EMERGENCY_ANSWERS, submitIntake } from './alertSupport'
import { withScreeningRecorded } from '../../support/screening'

let clock = new Date('2026-03-02T09:00:00.000Z')
const openTestCore = useTestCore({ now: () => clock })

function setup() {
  clock = new Date('2026-03-02T09:00:00.000Z')
  const { core, api: frontDesk } = openTestCore()
  const clinician = signedInClient(core, 'clinician')
  return { core, frontDesk, clinician }
}

describe('emergency alerts', () => {
  it('raises an alert when a submitted intake has an emergency flag, and lists it as open', async () => {
    const { frontDesk, clinician } = setup()
    const { intakeId, patientId } = await submitIntake(frontDesk, EMERGENCY_ANSWERS)
    const { alerts } = expectOk(await clinician.alerts.listOpen({}))
    expect(alerts).toEqual([
      {
        id: expect.any(Number),
        intakeId,
        raisedAt: '2026-03-02T09:00:00.000Z',
        redFlags: ['cauda_equina'],
        patient: {
          id: patientId,
          givenName: 'Alerty',
          familyName: 'Testcase',
          dateOfBirth: expect.any(String),
          recordNumber: null,
        },
      },
    ])
  })

  it('raises no alert for an intake without an emergency flag', async () => {
    const { core, frontDesk, clinician } = setup()
    await submitIntake(frontDesk, NOT_EMERGENCY_ANSWERS)
    expect(expectOk(await clinician.alerts.listOpen({})).alerts).toEqual([])
    expect(core.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(0)
  })

  it('writes the alert in the submit transaction: a submit that fails leaves no alert', async () => {
    const { core, frontDesk } = setup()
    const patient = expectOk(
      await frontDesk.patients.create({
        givenName: 'Stale',
        familyName: 'Version',
        dateOfBirth: '1980-01-01',
        sex: 'male',
        recordNumber: null,
        phone: null,
      }),
    )
    const { intake } = expectOk(await frontDesk.intakes.start({ patientId: patient.id }))
    // The alert is raised after the intake row is written; make the alert insert fail.
    core.db.exec(`CREATE TRIGGER refuse_alert BEFORE INSERT ON alerts
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`)
    const result = await frontDesk.intakes.submit({
      id: intake.id,
      version: intake.version,
      answers: withScreeningRecorded(EMERGENCY_ANSWERS),
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } })
    // Neither the submit nor the alert was kept: the intake is still a draft to submit again.
    expect(expectOk(await frontDesk.intakes.get({ id: intake.id })).intake.status).toBe('draft')
    expect(core.db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(0)
  })

  it('acknowledges an alert once, recording who and when, and audits it', async () => {
    const { core, frontDesk, clinician } = setup()
    const { intakeId, patientId } = await submitIntake(frontDesk, EMERGENCY_ANSWERS)
    const [alert] = expectOk(await clinician.alerts.listOpen({})).alerts
    clock = new Date('2026-03-02T09:04:00.000Z')
    const clinicianId = core.db
      .prepare("SELECT id FROM users WHERE role = 'clinician'")
      .pluck()
      .get() as number
    const acknowledged = expectOk(await clinician.alerts.acknowledge({ id: alert?.id ?? 0 }))
    expect(acknowledged).toEqual({
      id: alert?.id,
      intakeId,
      patientId,
      acknowledgedAt: '2026-03-02T09:04:00.000Z',
      acknowledgedBy: clinicianId,
    })
    expect(expectOk(await clinician.alerts.listOpen({})).alerts).toEqual([])
    const entry = core.db
      .prepare(
        `SELECT user_id, action, channel, entity_type, entity_id, patient_id, outcome, at
         FROM audit_log WHERE channel = 'alerts.acknowledge'`,
      )
      .get()
    expect(entry).toEqual({
      user_id: clinicianId,
      action: 'acknowledge',
      channel: 'alerts.acknowledge',
      entity_type: 'alert',
      entity_id: alert?.id,
      patient_id: patientId,
      outcome: 'ok',
      at: '2026-03-02T09:04:00.000Z',
    })
  })

  it('tells a second clinician the alert was already acknowledged, keeping the first', async () => {
    const { core, frontDesk, clinician } = setup()
    await submitIntake(frontDesk, EMERGENCY_ANSWERS)
    const [alert] = expectOk(await clinician.alerts.listOpen({})).alerts
    const id = alert?.id ?? 0
    expectOk(await clinician.alerts.acknowledge({ id }))
    const again = await clinician.alerts.acknowledge({ id })
    expect(again).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringContaining('already acknowledged') },
    })
    expect(
      core.db
        .prepare('SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NOT NULL')
        .pluck()
        .get(),
    ).toBe(1)
    expect(await clinician.alerts.acknowledge({ id: 9999 })).toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    })
  })

  it('is for clinicians: the front desk and administrators are refused', async () => {
    const { core, frontDesk } = setup()
    await submitIntake(frontDesk, EMERGENCY_ANSWERS)
    const admin = signedInClient(core, 'admin')
    for (const api of [frontDesk, admin]) {
      expect(await api.alerts.listOpen({})).toMatchObject({
        ok: false,
        error: { kind: 'forbidden' },
      })
      expect(await api.alerts.acknowledge({ id: 1 })).toMatchObject({
        ok: false,
        error: { kind: 'forbidden' },
      })
    }
    expect(
      core.db.prepare('SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL').pluck().get(),
    ).toBe(1)
  })
})
