// The core publishes what changed after each successful call through the one door: the
// worklists of other workstations update from these, and emergency alerts pop up from them.
import { describe, expect, it } from 'vitest'
import type { ChangeEvent } from '../../../src/shared/events/changeEvent'
import { signedInClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import {
  EMERGENCY_ANSWERS,
  NOT_EMERGENCY_ANSWERS,
  signWithAllOpen,
  submitIntake,
} from '../alerts/alertSupport'
import { withScreeningRecorded } from '../../support/screening'

const openTestCore = useTestCore()

function setup() {
  const { core, api: frontDesk } = openTestCore()
  const clinician = signedInClient(core, 'clinician')
  const events: ChangeEvent[] = []
  core.events.subscribe((event) => events.push(event))
  return { core, frontDesk, clinician, events }
}

const kinds = (events: readonly ChangeEvent[]) => events.map((event) => event.kind)

describe('change events from the one door', () => {
  it('publishes an emergency submit with its urgency, and the alert it raised', async () => {
    const { frontDesk, clinician, events } = setup()
    const { intakeId } = await submitIntake(frontDesk, EMERGENCY_ANSWERS)
    const [alert] = expectOk(await clinician.alerts.listOpen({})).alerts
    expect(events).toEqual([
      {
        id: 1,
        at: expect.any(String),
        kind: 'intake.submitted',
        intakeId,
        highestUrgency: 'emergency',
      },
      { id: 2, at: expect.any(String), kind: 'alert.raised', alertId: alert?.id, intakeId },
    ])
  })

  it('publishes ids and kinds only: no names, answers or notes', async () => {
    const { frontDesk, events } = setup()
    await submitIntake(frontDesk, EMERGENCY_ANSWERS)
    const text = JSON.stringify(events)
    for (const word of ['Alerty', 'Testcase', 'saddle', 'painNow']) expect(text).not.toContain(word)
  })

  it('publishes sign-off and amendment, and the acknowledgement of an alert', async () => {
    const { frontDesk, clinician, events } = setup()
    const { intakeId } = await submitIntake(frontDesk, NOT_EMERGENCY_ANSWERS)
    await signWithAllOpen(clinician, intakeId)
    expectOk(
      await clinician.reviews.amend({
        intakeId,
        basedOnAmendmentId: null,
        reason: 'Result came back',
        decisions: [],
        clinicalNote: 'Seen again.',
      }),
    )
    expect(kinds(events)).toEqual(['intake.submitted', 'intake.signed', 'intake.amended'])
    expect(events.every((event) => 'intakeId' in event && event.intakeId === intakeId)).toBe(true)
    expect(events[1]).toMatchObject({ highestUrgency: 'soon' })

    const emergency = await submitIntake(frontDesk, EMERGENCY_ANSWERS)
    const [alert] = expectOk(await clinician.alerts.listOpen({})).alerts
    expectOk(await clinician.alerts.acknowledge({ id: alert?.id ?? 0 }))
    expect(events.at(-1)).toMatchObject({
      kind: 'alert.acknowledged',
      alertId: alert?.id,
      intakeId: emergency.intakeId,
    })
  })

  it('publishes nothing for drafts, reads, refusals or failed calls', async () => {
    const { core, frontDesk, clinician, events } = setup()
    const patient = expectOk(
      await frontDesk.patients.create({
        givenName: 'Quiet',
        familyName: 'Calls',
        dateOfBirth: '1980-01-01',
        sex: 'male',
        recordNumber: null,
        phone: null,
      }),
    )
    const { intake } = expectOk(await frontDesk.intakes.start({ patientId: patient.id }))
    expectOk(
      await frontDesk.intakes.saveDraft({ id: intake.id, version: 1, step: 'pain', values: {} }),
    )
    expectOk(await clinician.reviews.worklist({}))
    // Stale version: refused as a conflict, nothing changed.
    const stale = await frontDesk.intakes.submit({
      id: intake.id,
      version: 1,
      answers: withScreeningRecorded(EMERGENCY_ANSWERS),
    })
    expect(stale).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    // The front desk may not sign: refused at the door.
    expect(
      await frontDesk.reviews.signOff({
        intakeId: intake.id,
        version: null,
        decisions: [],
        clinicalNote: '',
      }),
    ).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(events).toEqual([])
    expect(core.events.latestCursor()).toBe(core.events.cursorOf(0))
  })
})
