import { describe, expect, it } from 'vitest'
import { buildQuestionnaire } from '../../../src/main/fhir/questionnaireResource'
import type { QuestionnaireItem } from '../../../src/main/fhir/questionnaireResource'
import { intakeQuestionSet } from '../../../src/main/fhir/questionSet'
import { ANSWER_KEYS } from '../../../src/shared/intake/answers'
import { QUESTIONNAIRE } from '../../../src/shared/intake/questionnaire'
import { fhirSchemaErrors } from './fhirSchema'

const questionnaire = buildQuestionnaire()
const questions: QuestionnaireItem[] = questionnaire.item.flatMap((group) => [
  ...(group.item ?? []),
])
const byLinkId = new Map(questions.map((item) => [item.linkId, item]))

describe('the FHIR Questionnaire', () => {
  it('is valid FHIR R4 with a canonical url and a version', () => {
    expect(fhirSchemaErrors(questionnaire)).toEqual([])
    expect(questionnaire.url).toBe('urn:clinic-intake:questionnaire:low-back-hip')
    expect(questionnaire.version).toMatch(/^[0-9a-f]{12}$/)
  })

  it('groups the questions by form step, with linkIds equal to the answer keys', () => {
    expect(questionnaire.item.map((group) => [group.linkId, group.type])).toEqual(
      QUESTIONNAIRE.filter((step) => step.questions.length).map((step) => [step.id, 'group']),
    )
    // Plus the record of screening questions the patient could not answer, an item of its own.
    expect(questions.map((item) => item.linkId).sort()).toEqual(
      [...ANSWER_KEYS, 'screeningCouldNotAnswer'].sort(),
    )
  })

  it('codes the answer options in our own code systems and the pain scores with LOINC', () => {
    const legVsBack = byLinkId.get('legPainVsBackPain')
    expect(legVsBack?.type).toBe('choice')
    expect(legVsBack?.answerOption?.map((option) => option.valueCoding)).toContainEqual({
      system: 'urn:clinic-intake:codesystem:answer-value:legPainVsBackPain',
      code: 'leg_worse',
      display: 'Leg is worse than back',
    })
    expect(byLinkId.get('painSites')).toMatchObject({ type: 'choice', repeats: true })
    expect(byLinkId.get('fever')?.type).toBe('boolean')
    expect(byLinkId.get('durationWeeks')?.type).toBe('decimal')
    for (const key of ['painNow', 'painWorstWeek', 'painAverageWeek']) {
      const item = byLinkId.get(key)
      expect(item?.type).toBe('integer')
      expect(item?.code?.[0]).toMatchObject({ system: 'http://loinc.org', code: '72514-3' })
      expect(item?.extension).toEqual([
        { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
        { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 10 },
      ])
    }
    // Only the pain scores have a standard code: no other item claims LOINC.
    const loinc = questions.filter((item) =>
      item.code?.some((c) => c.system === 'http://loinc.org'),
    )
    expect(loinc.map((item) => item.linkId)).toEqual([
      'painNow',
      'painWorstWeek',
      'painAverageWeek',
    ])
  })

  it('changes its version when a question changes, and only then', () => {
    const steps = intakeQuestionSet()
    expect(buildQuestionnaire(steps).version).toBe(questionnaire.version)
    const reworded = steps.map((step) => ({
      ...step,
      questions: step.questions.map((q) => (q.key === 'fever' ? { ...q, text: 'Any fever?' } : q)),
    }))
    expect(buildQuestionnaire(reworded).version).not.toBe(questionnaire.version)
    const fewerOptions = steps.map((step) => ({
      ...step,
      questions: step.questions.map((q) =>
        q.key === 'onset' ? { ...q, options: q.options.slice(0, 1) } : q,
      ),
    }))
    expect(buildQuestionnaire(fewerOptions).version).not.toBe(questionnaire.version)
  })
})
