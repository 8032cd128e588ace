import { describe, expect, it } from 'vitest'
import { consoleClient } from '../../../src/main/cli/consoleDoor'
import { DEMO_ANSWER_SETS } from '../../../src/main/demo/demoAnswerSets'
import { answersFromResponse } from '../../../src/main/fhir/importResponse'
import type { Intake } from '../../../src/shared/intake/intakeRecord'
import { expectOk } from '../support/testCore'
import { submittedIntake, useSummaryCore } from '../summaries/summarySupport'
import { fhirSchemaErrors } from './fhirSchema'
import { codesIn, exportedBundle, onlyResource, resourcesOf } from './fhirSupport'

const openCore = useSummaryCore()

const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status'
const CAUSES = 'urn:clinic-intake:codesystem:cause'
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm'

function answerSet(name: string) {
  const set = DEMO_ANSWER_SETS.find((candidate) => candidate.name === name)
  if (!set) throw new Error(`demo answer set ${name} missing`)
  return set.answers
}

/** Answers as the FHIR response carries them: the screening record is not a question. */
/** The answers as they come back from FHIR: an emptied text box is "not answered" there. */
function questionAnswers(intake: Intake) {
  // "Patient could not answer" (screeningCouldNotAnswer) is exported and must come back too.
  return Object.fromEntries(
    Object.entries(intake.answers ?? {}).filter(
      ([, value]) => !(typeof value === 'string' && !value.trim()),
    ),
  )
}

describe('FHIR export', () => {
  it('the schema check is real: a broken resource is refused', () => {
    expect(fhirSchemaErrors({ resourceType: 'Flag', status: 'shouting' })).not.toEqual([])
    expect(
      fhirSchemaErrors({ resourceType: 'Observation', status: 'final', code: {}, wrong: 1 }),
    ).not.toEqual([])
  })

  it('every submitted intake of a seeded database, reviewed or not, exports as valid FHIR R4', async () => {
    const { core, as } = openCore()
    const desk = as('front_desk')
    const clinician = as('clinician')
    expectOk(await consoleClient(core).demo.seed({ patients: 6 }))
    const bronte = await submittedIntake(desk, answerSet('possible cauda equina syndrome'), {
      givenName: 'Renée',
      familyName: 'Brontë',
      recordNumber: 'DEMO-7',
    })
    const nunez = await submittedIntake(desk, answerSet('disc herniation with sciatica'), {
      givenName: 'Øyvind',
      familyName: 'Nuñez',
    })
    const intakeIds = core.db
      .prepare<[], number>(
        "SELECT id FROM intakes WHERE status IN ('submitted', 'reviewed', 'entered_in_error') ORDER BY id",
      )
      .pluck()
      .all()
    const reviewed = core.db
      .prepare<[], number>("SELECT count(*) FROM intakes WHERE status = 'reviewed'")
      .pluck()
      .get()
    expect(reviewed).toBeGreaterThan(0)
    expect(intakeIds.length).toBeGreaterThan(reviewed ?? 0)

    for (const intakeId of intakeIds) {
      const bundle = await exportedBundle(clinician, intakeId)
      expect(fhirSchemaErrors(bundle), `intake ${intakeId}`).toEqual([])
      for (const entry of bundle.entry) {
        expect(fhirSchemaErrors(entry.resource), `${entry.resource.resourceType}`).toEqual([])
      }
      const { intake, patient } = expectOk(await clinician.intakes.get({ id: intakeId }))
      // Every answer is in the QuestionnaireResponse: reading it back gives the same answers.
      const response = onlyResource(bundle, 'QuestionnaireResponse')
      const readBack = answersFromResponse(JSON.stringify(response))
      expect(readBack).toEqual({ ok: true, answers: questionAnswers(intake) })
      expect(response).toMatchObject({
        status: 'completed',
        authored: intake.submittedAt,
        subject: { display: `${patient.givenName} ${patient.familyName}` },
      })
      // Every flagged cause a Condition, every red flag a Flag, and the PDF itself.
      const flagged = (intake.assessment?.causes ?? []).filter((c) => c.tier !== 'unlikely')
      const conditions = resourcesOf(bundle, 'Condition')
      for (const cause of flagged) {
        expect(conditions.some((c) => codesIn(c.code, CAUSES).includes(cause.id))).toBe(true)
      }
      expect(resourcesOf(bundle, 'Flag')).toHaveLength(intake.assessment?.redFlags.length ?? 0)
      const document = onlyResource(bundle, 'DocumentReference') as unknown as {
        content: { attachment: { contentType: string; data: string } }[]
      }
      expect(document.content[0]?.attachment.contentType).toBe('application/pdf')
      expect(
        Buffer.from(document.content[0]?.attachment.data ?? '', 'base64')
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
      expect(onlyResource(bundle, 'Patient')).toMatchObject({
        name: [{ family: patient.familyName, given: [patient.givenName] }],
        birthDate: patient.dateOfBirth,
      })
    }
    expect(intakeIds).toContain(bronte.intakeId)
    expect(intakeIds).toContain(nunez.intakeId)
  })

  it('says likely and possible causes are provisional and differential until a clinician signs', async () => {
    const { as } = openCore()
    const desk = as('front_desk')
    const clinician = as('clinician')
    const { intakeId } = await submittedIntake(desk, answerSet('disc herniation with sciatica'), {
      givenName: 'Øyvind',
      familyName: 'Nuñez',
    })
    const { intake } = expectOk(await clinician.intakes.get({ id: intakeId }))
    const flagged = (intake.assessment?.causes ?? []).filter((c) => c.tier !== 'unlikely')
    expect(flagged.length).toBeGreaterThan(1)

    const before = await exportedBundle(clinician, intakeId)
    for (const cause of flagged) {
      const condition = resourcesOf(before, 'Condition').find((c) =>
        codesIn(c.code, CAUSES).includes(cause.id),
      )
      expect(codesIn(condition?.verificationStatus, VERIFICATION)).toEqual([
        cause.tier === 'likely' ? 'provisional' : 'differential',
      ])
      // The suggested ICD-10-CM code travels with it.
      expect(codesIn(condition?.code, ICD10CM).length).toBeGreaterThan(0)
    }
    expect(resourcesOf(before, 'Provenance')[0]?.agent).toEqual([
      expect.objectContaining({
        type: expect.objectContaining({ coding: [expect.objectContaining({ code: 'enterer' })] }),
      }),
    ])

    const [confirmed, refuted, ...rest] = flagged
    const decisions = [
      { causeId: confirmed!.id, decision: 'confirm' as const, note: 'Fits the examination' },
      { causeId: refuted!.id, decision: 'rule_out' as const, note: '' },
      ...rest.map((cause) => ({ causeId: cause.id, decision: 'open' as const, note: '' })),
    ]
    expectOk(
      await clinician.reviews.signOff({ intakeId, version: null, decisions, clinicalNote: 'Seen' }),
    )
    const after = await exportedBundle(clinician, intakeId)
    expect(fhirSchemaErrors(after)).toEqual([])
    const conditionOf = (id: string) =>
      resourcesOf(after, 'Condition').find((c) => codesIn(c.code, CAUSES).includes(id))
    expect(codesIn(conditionOf(confirmed!.id)?.verificationStatus, VERIFICATION)).toEqual([
      'confirmed',
    ])
    expect(conditionOf(confirmed!.id)).toMatchObject({
      note: [{ text: 'Fits the examination' }],
      asserter: { display: 'Test clinician' },
    })
    expect(codesIn(conditionOf(refuted!.id)?.verificationStatus, VERIFICATION)).toEqual(['refuted'])
    expect(conditionOf(refuted!.id)?.clinicalStatus).toBeUndefined()
    const agents = (resourcesOf(after, 'Provenance')[0]?.agent ?? []) as {
      type: { coding: { code: string }[] }
      who: { display: string }
    }[]
    expect(agents.map((agent) => [agent.type.coding[0]?.code, agent.who.display])).toEqual([
      ['enterer', expect.any(String)],
      ['attester', 'Test clinician'],
    ])
  })

  it('exports red flags with their urgency and pain scores with LOINC 72514-3, and audits it', async () => {
    const { core, as } = openCore()
    const desk = as('front_desk')
    const { intakeId, patientId } = await submittedIntake(
      desk,
      {
        ...answerSet('possible cauda equina syndrome'),
        painNow: 7,
        painSites: ['low_back_central', 'buttock_left'],
      },
      { givenName: 'Renée', familyName: 'Brontë' },
    )
    const bundle = await exportedBundle(desk, intakeId)
    const flags = resourcesOf(bundle, 'Flag')
    const caudaEquina = flags.find((flag) =>
      codesIn(flag.code, 'urn:clinic-intake:codesystem:red-flag').includes('cauda_equina'),
    )
    expect(caudaEquina).toMatchObject({
      status: 'active',
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/flag-priority',
          valueCodeableConcept: {
            coding: [
              expect.objectContaining({ code: 'PH' }),
              expect.objectContaining({
                system: 'urn:clinic-intake:codesystem:urgency',
                code: 'emergency',
              }),
            ],
          },
        },
      ],
    })
    const observations = resourcesOf(bundle, 'Observation')
    const painNow = observations.find((o) =>
      codesIn(o.code, 'urn:clinic-intake:codesystem:question').includes('painNow'),
    )
    expect(codesIn(painNow?.code, 'http://loinc.org')).toEqual(['72514-3'])
    expect(painNow?.valueInteger).toBe(7)
    const sites = observations
      .filter((o) => o.bodySite !== undefined)
      .map((o) => codesIn(o.bodySite, 'urn:clinic-intake:codesystem:answer-value:painSites')[0])
    expect(sites).toEqual(['low_back_central', 'buttock_left'])

    const audited = core.db
      .prepare(
        "SELECT action, entity_type AS type, entity_id AS id, patient_id AS patientId FROM audit_log WHERE channel = 'fhir.exportBundle'",
      )
      .all()
    expect(audited).toEqual([{ action: 'export', type: 'intake', id: intakeId, patientId }])
  })

  it('refuses a draft with a message to act on', async () => {
    const { as } = openCore()
    const desk = as('front_desk')
    const { patientId } = await submittedIntake(desk, {})
    const { intake } = expectOk(await desk.intakes.start({ patientId }))
    expect(await desk.fhir.exportBundle({ intakeId: intake.id })).toMatchObject({
      ok: false,
      error: {
        kind: 'conflict',
        message: expect.stringMatching(/still a draft\. Submit it first/),
      },
    })
  })
})
