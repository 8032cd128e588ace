import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { rankUnansweredKeys } from '../../../src/shared/clinical/sharpening'
import type { AnswerKey } from '../../../src/shared/intake/answers'
import { answersArbitrary, patientArbitrary } from './arbitraries'

const RED_FLAG_QUESTIONS: AnswerKey[] = [
  'saddleNumbness',
  'bladderChange',
  'bowelChange',
  'sexualFunctionChange',
  'fever',
  'historyOfCancer',
]

describe('rankUnansweredKeys', () => {
  it('puts the cauda equina questions first, then the other red-flag questions', () => {
    const ranked = rankUnansweredKeys(assess({ ageYears: 40 }, {}))
    expect(ranked.slice(0, 4)).toEqual([
      'saddleNumbness',
      'bladderChange',
      'bowelChange',
      'sexualFunctionChange',
    ])
    const firstCauseOnly = ranked.indexOf('diagnosedScoliosis')
    for (const key of RED_FLAG_QUESTIONS) {
      expect(ranked.indexOf(key)).toBeGreaterThanOrEqual(0)
      expect(ranked.indexOf(key)).toBeLessThan(firstCauseOnly)
    }
  })

  it('drops a red-flag question once its flag is answered', () => {
    const ranked = rankUnansweredKeys(
      assess({}, { saddleNumbness: false, bladderChange: false, bowelChange: false }),
    )
    expect(ranked[0]).toBe('sexualFunctionChange')
    expect(ranked).not.toContain('saddleNumbness')
  })

  it('ranks the question that could settle a possible cause above one for an unlikely cause', () => {
    // Groin pain at 30: labral tear possible (3/9); clicking (3 points) would make it likely.
    const ranked = rankUnansweredKeys(
      assess({ ageYears: 30, sex: 'male' }, { painSites: ['groin_left'], onset: 'sudden' }),
    )
    expect(ranked.indexOf('hipClickingLockingCatching')).toBeLessThan(
      ranked.indexOf('familyHistoryScoliosis'),
    )
  })

  it('lists only unanswered questions, each once, covering every cause question', () => {
    fc.assert(
      fc.property(patientArbitrary, answersArbitrary, (patient, answers) => {
        const assessment = assess(patient, answers)
        const ranked = rankUnansweredKeys(assessment)
        expect(new Set(ranked).size).toBe(ranked.length)
        for (const key of ranked) expect(answers[key]).toBeUndefined()
        for (const cause of assessment.causes) {
          for (const key of cause.unansweredKeys) expect(ranked).toContain(key)
        }
        expect(ranked.slice(0, assessment.unansweredRedFlagKeys.length)).toEqual(
          assessment.unansweredRedFlagKeys,
        )
      }),
      { numRuns: 200 },
    )
  })
})
