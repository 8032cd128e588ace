import { describe, expect, it } from 'vitest'
import {
  checkDraft,
  isBlank,
  unansweredKeys,
} from '../../../src/renderer/src/features/intake/draftAnswers'
import { ANSWER_KEYS } from '../../../src/shared/intake/answers'

describe('checking a draft field by field', () => {
  it('turns typed numbers into answers, decimal comma included', () => {
    const { answers, problems } = checkDraft({
      durationWeeks: ' 1,5 ',
      ageAtFirstBackPain: '30',
      painNow: 6,
    })
    expect(answers).toEqual({ durationWeeks: 1.5, ageAtFirstBackPain: 30, painNow: 6 })
    expect(problems).toEqual({})
  })

  it('reports each bad field on its own and keeps the good ones', () => {
    const { answers, problems } = checkDraft({
      durationWeeks: 'about 3',
      ageAtFirstBackPain: '30.5',
      saddleNumbness: true,
      priorTreatments: ['surgery', 'none'],
      painSites: ['foot_left'],
    })
    expect(answers).toEqual({ saddleNumbness: true, painSites: ['foot_left'] })
    expect(problems.durationWeeks?.code).toBe('number')
    expect(problems.ageAtFirstBackPain?.code).toBe('number')
    expect(problems.priorTreatments?.code).toBe('exclusive')
  })

  it('refuses out-of-range numbers with the schema’s limits', () => {
    expect(checkDraft({ durationWeeks: '5201' }).problems.durationWeeks).toBeDefined()
    expect(checkDraft({ durationWeeks: '-1' }).problems.durationWeeks).toBeDefined()
    expect(checkDraft({ durationWeeks: '5200' }).answers.durationWeeks).toBe(5200)
  })

  it('treats blanks as unanswered, never as "no"', () => {
    const { answers, problems } = checkDraft({ notes: '   ', painQuality: [], fever: null })
    expect(answers).toEqual({})
    expect(problems).toEqual({})
    expect(isBlank(false)).toBe(false)
    expect(isBlank(0)).toBe(false)
  })

  it('keeps "no" and zero as answers', () => {
    expect(checkDraft({ fever: false, painNow: 0 }).answers).toEqual({ fever: false, painNow: 0 })
  })

  it('reports text that is too long', () => {
    expect(checkDraft({ allergies: 'x'.repeat(2001) }).problems.allergies?.code).toBe('tooLong')
  })

  it('ignores keys that are not questions (they never reach the engine)', () => {
    expect(checkDraft({ somethingElse: 'x' }).answers).toEqual({})
  })

  it('lists unanswered keys in questionnaire order', () => {
    const unanswered = unansweredKeys({ painSites: ['foot_left'], notes: 'x' })
    expect(unanswered).toHaveLength(ANSWER_KEYS.length - 2)
    expect(unanswered).not.toContain('painSites')
    expect(unanswered[0]).toBe('legPainVsBackPain')
  })
})
