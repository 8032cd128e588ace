// "Patient could not answer" on a cauda equina screening question is part of the record (the
// screening counts as done): it must leave in the QuestionnaireResponse and come back on import.
import { describe, expect, it } from 'vitest'
import { answersFromResponse } from '../../../src/main/fhir/importResponse'
import { intakeQuestionSet } from '../../../src/main/fhir/questionSet'
import { buildQuestionnaire } from '../../../src/main/fhir/questionnaireResource'
import { responseItems } from '../../../src/main/fhir/responseResource'
import type { Answers } from '../../../src/shared/intake/answers'

const steps = intakeQuestionSet()

function responseJson(answers: Answers): string {
  return JSON.stringify({
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    item: responseItems(steps, answers),
  })
}

describe('screening questions the patient could not answer, in FHIR', () => {
  it('are asked by the Questionnaire right after the four screening questions', () => {
    const nerve = buildQuestionnaire().item.find((group) => group.linkId === 'nerveSymptoms')
    const linkIds = (nerve?.item ?? []).map((item) => item.linkId)
    expect(linkIds.indexOf('screeningCouldNotAnswer')).toBe(
      linkIds.indexOf('sexualFunctionChange') + 1,
    )
  })

  it('survive an export and import round trip', () => {
    const answers: Answers = {
      saddleNumbness: false,
      bladderChange: true,
      screeningCouldNotAnswer: ['bowelChange', 'sexualFunctionChange'],
    }
    const nerve = responseItems(steps, answers).find((group) => group.linkId === 'nerveSymptoms')
    expect(nerve?.item?.map((item) => item.linkId)).toContain('screeningCouldNotAnswer')
    expect(answersFromResponse(responseJson(answers))).toEqual({ ok: true, answers })
  })

  it('refuse a code that is not one of the four screening questions, naming the item', () => {
    const json = JSON.stringify({
      resourceType: 'QuestionnaireResponse',
      item: [
        {
          linkId: 'screeningCouldNotAnswer',
          answer: [{ valueCoding: { code: 'fever' } }],
        },
      ],
    })
    const outcome = answersFromResponse(json)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.issues[0]?.path).toEqual(['item', 'screeningCouldNotAnswer'])
  })
})
