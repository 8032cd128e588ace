import { describe, expect, it } from 'vitest'
import { ANSWER_KEYS, AnswersSchema } from '../../../src/shared/intake/answers'
import { PatientContextSchema } from '../../../src/shared/intake/patientContext'

/** The single issue a rejected value gives: its path and message. */
function issueOf(input: unknown): { path: PropertyKey[]; message: string } {
  const parsed = AnswersSchema.safeParse(input)
  if (parsed.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`)
  expect(parsed.error.issues).toHaveLength(1)
  const [issue] = parsed.error.issues
  if (issue === undefined) throw new Error('no issue')
  return { path: issue.path, message: issue.message }
}

describe('AnswersSchema rejects', () => {
  it('pain 11, naming the field', () => {
    expect(issueOf({ painNow: 11 })).toEqual({
      path: ['painNow'],
      message: 'Pain now must be a whole number from 0 to 10',
    })
  })

  it.each([-1, 2.5, '5', null])('a pain rating of %s', (value) => {
    expect(issueOf({ painWorstWeek: value }).path).toEqual(['painWorstWeek'])
  })

  it('negative weeks', () => {
    expect(issueOf({ durationWeeks: -1 })).toEqual({
      path: ['durationWeeks'],
      message: 'Duration must be a number of weeks from 0 to 5200',
    })
  })

  it.each([Number.POSITIVE_INFINITY, Number.NaN, 5201])('weeks of %s', (value) => {
    expect(issueOf({ durationWeeks: value }).path).toEqual(['durationWeeks'])
  })

  it('an unknown list value, naming the field and the value', () => {
    expect(issueOf({ painSites: ['low_back_central', 'knee'] })).toEqual({
      path: ['painSites', 1],
      message: expect.stringMatching(/^Pain sites: "knee" is not an allowed value/),
    })
  })

  it('an unknown single-choice value', () => {
    expect(issueOf({ onset: 'slow' })).toEqual({
      path: ['onset'],
      message: 'Onset must be one of: sudden, gradual',
    })
  })

  it('an unknown key, naming it', () => {
    expect(issueOf({ painNow: 3, kneePain: true })).toEqual({
      path: [],
      message: 'Unknown question: kneePain',
    })
  })

  it('a duplicate list entry, naming the field and the value', () => {
    expect(issueOf({ worseWith: ['sitting', 'standing', 'sitting'] })).toEqual({
      path: ['worseWith', 2],
      message: 'Worse with lists "sitting" more than once',
    })
  })

  it('"none" combined with another choice', () => {
    expect(issueOf({ priorTreatments: ['surgery', 'none'] })).toEqual({
      path: ['priorTreatments', 1],
      message: 'Prior treatments: "none" cannot be combined with other choices',
    })
  })

  it('a yes/no answer that is not a boolean', () => {
    expect(issueOf({ fever: 'yes' })).toEqual({
      path: ['fever'],
      message: 'Fever must be yes or no (true or false)',
    })
  })

  it('an age at first back pain out of range', () => {
    expect(issueOf({ ageAtFirstBackPain: 121 }).path).toEqual(['ageAtFirstBackPain'])
  })

  it('over-long free text', () => {
    expect(issueOf({ allergies: 'x'.repeat(2001) })).toEqual({
      path: ['allergies'],
      message: 'Allergies must be at most 2000 characters',
    })
    expect(issueOf({ notes: 'x'.repeat(10001) }).path).toEqual(['notes'])
  })

  it('a non-object', () => {
    expect(issueOf([]).message).toBe('Answers must be an object of question keys')
  })
})

describe('AnswersSchema accepts', () => {
  it('an empty answer set (nothing answered)', () => {
    expect(AnswersSchema.parse({})).toEqual({})
  })

  it('fractional weeks, boundary ratings and "none" alone', () => {
    const answers = {
      durationWeeks: 11.9,
      painNow: 0,
      painWorstWeek: 10,
      priorTreatments: ['none'],
      onsetEvent: ['none_known'],
    }
    expect(AnswersSchema.parse(answers)).toEqual(answers)
  })

  it('trims free text', () => {
    expect(AnswersSchema.parse({ medications: '  ibuprofen 400 mg \n' })).toEqual({
      medications: 'ibuprofen 400 mg',
    })
  })

  it('lists every key in SPEC order', () => {
    expect(ANSWER_KEYS).toHaveLength(59)
    expect(ANSWER_KEYS.slice(0, 4)).toEqual([
      'painSites',
      'legPainVsBackPain',
      'painQuality',
      'painNow',
    ])
    expect(ANSWER_KEYS.slice(-3)).toEqual(['medications', 'allergies', 'notes'])
  })
})

describe('PatientContextSchema', () => {
  it('accepts an empty or full context', () => {
    expect(PatientContextSchema.parse({})).toEqual({})
    expect(PatientContextSchema.parse({ ageYears: 130, sex: 'other' })).toEqual({
      ageYears: 130,
      sex: 'other',
    })
  })

  it.each([{ ageYears: 131 }, { ageYears: -1 }, { ageYears: 40.5 }, { sex: 'x' }, { name: 'A' }])(
    'rejects %j',
    (input) => {
      expect(PatientContextSchema.safeParse(input).success).toBe(false)
    },
  )
})
