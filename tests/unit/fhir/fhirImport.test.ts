import { describe, expect, it } from 'vitest'
import { DEMO_ANSWER_SETS } from '../../../src/main/demo/demoAnswerSets'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { expectOk } from '../support/testCore'
import { fakePatient } from '../support/patientFixtures'
import { submittedIntake, useSummaryCore } from '../summaries/summarySupport'
import { exportedBundle, onlyResource } from './fhirSupport'

const openCore = useSummaryCore()
const sciatica = DEMO_ANSWER_SETS.find((set) => set.name === 'disc herniation with sciatica')
if (!sciatica) throw new Error('demo answer set missing')

/** A QuestionnaireResponse for our Questionnaire, as exported for a submitted intake. */
async function exportedResponse(api: ClinicApi): Promise<Record<string, unknown>> {
  const { intakeId } = await submittedIntake(api, { ...sciatica!.answers, notes: 'Brontë’s note' })
  return onlyResource(await exportedBundle(api, intakeId), 'QuestionnaireResponse')
}

interface Item {
  linkId: string
  answer?: unknown[]
  item?: Item[]
}

/** The response with one question's item replaced (or added to its step's group). */
function withItem(response: Record<string, unknown>, step: string, replacement: Item) {
  const groups = structuredClone(response.item) as Item[]
  let group = groups.find((g) => g.linkId === step)
  if (!group) {
    group = { linkId: step, item: [] }
    groups.push(group)
  }
  group.item = [...(group.item ?? []).filter((i) => i.linkId !== replacement.linkId), replacement]
  return { ...response, item: groups }
}

function countIntakes(core: { db: { prepare(sql: string): { pluck(): { get(): unknown } } } }) {
  return core.db.prepare('SELECT count(*) FROM intakes').pluck().get()
}

describe('FHIR import of a QuestionnaireResponse', () => {
  it('makes a draft intake for an existing patient with exactly the answers it carries', async () => {
    const { as } = openCore()
    const desk = as('front_desk')
    const response = await exportedResponse(desk)
    const patient = expectOk(
      await desk.patients.create(fakePatient({ givenName: 'Øyvind', familyName: 'Nuñez' })),
    )
    const imported = expectOk(
      await desk.fhir.importResponse({ patientId: patient.id, json: JSON.stringify(response) }),
    )
    expect(imported.intake).toMatchObject({
      status: 'draft',
      patientId: patient.id,
      step: 'review',
    })
    expect(imported.intake.values).toEqual({ ...sciatica!.answers, notes: 'Brontë’s note' })
    // The front desk checks and submits it like any draft.
    expect(imported.intake.answers).toBeNull()
  })

  it('names the item of every problem and imports nothing when one is wrong', async () => {
    const { core, as } = openCore()
    const desk = as('front_desk')
    const response = await exportedResponse(desk)
    const { patientId } = await submittedIntake(desk, {})
    const before = countIntakes(core)

    const cases: [Item, string, RegExp][] = [
      [
        { linkId: 'painScore', answer: [{ valueInteger: 3 }] },
        'painPattern',
        /Unknown question “painScore”/,
      ],
      [
        { linkId: 'fever', answer: [{ valueString: 'yes' }] },
        'generalHealth',
        /“Have you had a fever or chills with this pain\?” \(fever\) must be answered yes or no/,
      ],
      [
        { linkId: 'painNow', answer: [{ valueInteger: 11 }] },
        'painPattern',
        /\(painNow\): Pain now must be a whole number from 0 to 10/,
      ],
      [
        {
          linkId: 'onset',
          answer: [
            {
              valueCoding: {
                system: 'urn:clinic-intake:codesystem:answer-value:onset',
                code: 'overnight',
              },
            },
          ],
        },
        'onsetCourse',
        /\(onset\) must be one of its choices \(allowed: sudden, gradual\)/,
      ],
      [
        {
          linkId: 'priorImaging',
          answer: [
            {
              valueCoding: {
                system: 'urn:clinic-intake:codesystem:answer-value:priorImaging',
                code: 'none',
              },
            },
            {
              valueCoding: {
                system: 'urn:clinic-intake:codesystem:answer-value:priorImaging',
                code: 'mri',
              },
            },
          ],
        },
        'functionCare',
        /\(priorImaging\): .*"none" cannot be combined/,
      ],
    ]
    for (const [item, step, message] of cases) {
      const result = await desk.fhir.importResponse({
        patientId,
        json: JSON.stringify(withItem(response, step, item)),
      })
      expect(result.ok, item.linkId).toBe(false)
      if (result.ok || result.error.kind !== 'validation')
        throw new Error('expected a validation error')
      expect(result.error.issues.map((issue) => issue.message).join('\n')).toMatch(message)
      expect(result.error.issues[0]?.path).toEqual(['item', item.linkId])
    }
    expect(countIntakes(core)).toBe(before)
  })

  it('refuses what is not a response for this questionnaire, in plain words', async () => {
    const { as } = openCore()
    const desk = as('front_desk')
    const response = await exportedResponse(desk)
    const { patientId } = await submittedIntake(desk, {})
    const problems = async (json: string) => {
      const result = await desk.fhir.importResponse({ patientId, json })
      if (result.ok || result.error.kind !== 'validation') throw new Error('expected refusal')
      return result.error.issues.map((issue) => issue.message)
    }
    expect(await problems('{"resourceType": "Questionn')).toEqual([
      'This file is not valid JSON. Choose the QuestionnaireResponse file again.',
    ])
    expect((await problems('{"resourceType": "Patient"}'))[0]).toMatch(
      /not a FHIR QuestionnaireResponse/,
    )
    expect(
      await problems(JSON.stringify({ ...response, questionnaire: 'http://loinc.org/q/44249-1' })),
    ).toEqual([
      'This response answers another questionnaire (http://loinc.org/q/44249-1), not this app’s intake (urn:clinic-intake:questionnaire:low-back-hip).',
    ])
  })

  it('is front-desk work on a patient who exists', async () => {
    const { as } = openCore()
    const desk = as('front_desk')
    const response = JSON.stringify(await exportedResponse(desk))
    expect(await desk.fhir.importResponse({ patientId: 999, json: response })).toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    })
    expect(
      await as('clinician').fhir.importResponse({ patientId: 1, json: response }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    })
  })
})
