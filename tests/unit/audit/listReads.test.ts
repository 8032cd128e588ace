// Lists of patients' records are views of them: the trail records each with how many were
// shown (never what was searched for), and with the patient when the list is about one.
// Exports and prints name the patient too.
import { describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core'
import { submittedIntake, useSummaryCore } from '../summaries/summarySupport'
import { expectOk } from '../support/testCore'

const openCore = useSummaryCore()

function entriesFor(core: Core, channel: string) {
  return core.db
    .prepare(
      'SELECT action, entity_type AS entityType, entity_id AS entityId, patient_id AS patientId, outcome, detail FROM audit_log WHERE channel = ? ORDER BY id',
    )
    .all(channel)
}

describe('list reads, exports and prints in the trail', () => {
  it('records searches, worklists, drafts and a patient history, without the search text', async () => {
    const { core, as } = openCore()
    const desk = as('front_desk')
    const clinician = as('clinician')
    const { intakeId, patientId } = await submittedIntake(
      desk,
      { painNow: 4 },
      {
        familyName: 'Xylophonist',
      },
    )

    expectOk(await desk.patients.search({ query: 'Xylophon' }))
    expectOk(await desk.patients.search({ query: 'Nobody-Like-This' }))
    expectOk(
      await desk.patients.findDuplicates({
        givenName: 'Ann',
        familyName: 'Xylophonist',
        dateOfBirth: '1970-01-01',
      }),
    )
    expectOk(await desk.intakes.listDrafts({}))
    expectOk(await desk.intakes.historyForPatient({ patientId }))
    expectOk(await clinician.reviews.worklist({ patientQuery: 'Xylophon' }))

    expect(entriesFor(core, 'patients.search')).toEqual([
      {
        action: 'view',
        entityType: null,
        entityId: null,
        patientId: null,
        outcome: 'ok',
        detail: 'results:1',
      },
      {
        action: 'view',
        entityType: null,
        entityId: null,
        patientId: null,
        outcome: 'ok',
        detail: 'results:0',
      },
    ])
    expect(entriesFor(core, 'patients.findDuplicates')).toMatchObject([
      { action: 'view', outcome: 'ok', detail: expect.stringMatching(/^results:\d+$/) },
    ])
    expect(entriesFor(core, 'intakes.listDrafts')).toMatchObject([
      { action: 'view', outcome: 'ok', detail: 'results:0' },
    ])
    expect(entriesFor(core, 'intakes.historyForPatient')).toEqual([
      {
        action: 'view',
        entityType: 'patient',
        entityId: patientId,
        patientId,
        outcome: 'ok',
        detail: 'results:1',
      },
    ])
    expect(entriesFor(core, 'reviews.worklist')).toMatchObject([
      { action: 'view', outcome: 'ok', detail: 'results:1' },
    ])
    const everything = JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all())
    expect(everything).not.toMatch(/Xylophon|Nobody-Like-This|1970-01-01/)
    expect(intakeId).toBeGreaterThan(0)
  })

  it('names the patient on every export and print of a summary', async () => {
    const { core, as } = openCore()
    const desk = as('front_desk')
    const { intakeId, patientId } = await submittedIntake(desk, { painNow: 4 })
    expectOk(await desk.summaries.render({ intakeId }))
    expectOk(await desk.summaries.renderForPrint({ intakeId }))
    expect(entriesFor(core, 'summaries.render')).toEqual([
      {
        action: 'export',
        entityType: 'intake',
        entityId: intakeId,
        patientId,
        outcome: 'ok',
        detail: null,
      },
    ])
    expect(entriesFor(core, 'summaries.renderForPrint')).toEqual([
      {
        action: 'print',
        entityType: 'intake',
        entityId: intakeId,
        patientId,
        outcome: 'ok',
        detail: null,
      },
    ])
  })
})
