import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '../../../src/shared/intake/answers'
import { PAIN_SITES } from '../../../src/shared/intake/answerOptions'
import {
  QUESTIONNAIRE,
  QUESTIONS_IN_ORDER,
  STEP_IDS,
  questionOfKey,
  stepOfKey,
} from '../../../src/shared/intake/questionnaire'
import { intakeTexts } from '../../../src/shared/i18n/en/intake'

describe('questionnaire structure', () => {
  it('keeps the form order of every step (derived from the one declaration)', () => {
    expect(
      QUESTIONNAIRE.find((step) => step.id === 'betterWorse')?.questions.map((q) => q.key),
    ).toEqual([
      'worseWith',
      'betterWith',
      'effectOfExercise',
      'effectOfRest',
      'nsaidResponse',
      'alternatingButtockPain',
      'walkingLimitedByLegSymptoms',
    ])
    expect(
      QUESTIONNAIRE.find((step) => step.id === 'painPattern')?.questions.map((q) => q.key),
    ).toEqual([
      'legPainVsBackPain',
      'painQuality',
      'painNow',
      'painWorstWeek',
      'painAverageWeek',
      'morningStiffness',
      'nightPain',
    ])
  })

  it('has the steps of the issue in order, ending with review', () => {
    expect(QUESTIONNAIRE.map((step) => step.id)).toEqual([...STEP_IDS])
    expect(QUESTIONNAIRE.at(-1)?.id).toBe('review')
    expect(QUESTIONNAIRE.at(-1)?.questions).toHaveLength(0)
    expect(QUESTIONNAIRE[0]?.questions.map((q) => q.key)).toEqual(['painSites'])
  })

  it('gives every step a unique url-safe slug', () => {
    const slugs = QUESTIONNAIRE.map((step) => step.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it('offers exactly the values the answer schema accepts', () => {
    for (const question of QUESTIONS_IN_ORDER) {
      if (question.kind === 'multi' || question.kind === 'bodymap') {
        for (const value of question.options ?? []) {
          expect(AnswersSchema.safeParse({ [question.key]: [value] }).success).toBe(true)
        }
        expect(AnswersSchema.safeParse({ [question.key]: ['not_a_value'] }).success).toBe(false)
      } else if (question.kind === 'single') {
        for (const value of question.options ?? []) {
          expect(AnswersSchema.safeParse({ [question.key]: value }).success).toBe(true)
        }
        expect(AnswersSchema.safeParse({ [question.key]: 'not_a_value' }).success).toBe(false)
      } else {
        expect(question.options).toBeUndefined()
      }
    }
  })

  it('matches each kind to what the schema stores', () => {
    const sample: Record<string, unknown> = {
      yesno: true,
      scale0to10: 7,
      number: 1.5,
      integer: 30,
      text: 'x',
      longtext: 'x\ny',
    }
    for (const question of QUESTIONS_IN_ORDER) {
      if (question.kind in sample) {
        const parsed = AnswersSchema.safeParse({ [question.key]: sample[question.kind] })
        expect(parsed.success, question.key).toBe(true)
      }
    }
    expect(AnswersSchema.safeParse({ painNow: 11 }).success).toBe(false)
    expect(AnswersSchema.safeParse({ ageAtFirstBackPain: 30.5 }).success).toBe(false)
  })

  it('marks the exclusive "none" choice only where the schema rejects combining it', () => {
    for (const question of QUESTIONS_IN_ORDER) {
      if (question.exclusive === undefined) continue
      const other = question.options?.find((value) => value !== question.exclusive)
      expect(question.options).toContain(question.exclusive)
      expect(AnswersSchema.safeParse({ [question.key]: [other, question.exclusive] }).success).toBe(
        false,
      )
    }
  })

  it('finds the step and question of a key', () => {
    expect(stepOfKey('saddleNumbness').id).toBe('nerveSymptoms')
    expect(questionOfKey('painSites').options).toEqual(PAIN_SITES)
    expect(questionOfKey('notes').kind).toBe('longtext')
  })
})

describe('English intake texts', () => {
  it('titles every step', () => {
    for (const step of QUESTIONNAIRE) {
      expect(intakeTexts.steps[step.id].title.length).toBeGreaterThan(0)
    }
  })

  it('labels every question and every option value', () => {
    const questions: Record<string, { label: string }> = intakeTexts.questions
    const options: Record<string, Record<string, string> | undefined> = intakeTexts.options
    for (const question of QUESTIONS_IN_ORDER) {
      expect(questions[question.key]?.label, question.key).toBeTruthy()
      for (const value of question.options ?? []) {
        expect(options[question.key]?.[value], `${question.key}.${value}`).toBeTruthy()
      }
    }
  })

  it('keeps vue-i18n syntax characters out of the texts', () => {
    const walk = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Object.values(value as Record<string, unknown>).flatMap(walk)
    for (const text of walk(intakeTexts)) expect(text).not.toMatch(/[{}@$|]/)
  })
})

describe('body map SVG', () => {
  const svg = readFileSync(resolve(__dirname, '../../../resources/body-map.svg'), 'utf8')

  it('has one region per pain site whose id is the value', () => {
    for (const site of PAIN_SITES) {
      const matches = svg.match(new RegExp(`id="${site}"`, 'g')) ?? []
      expect(matches, site).toHaveLength(1)
      expect(svg).toMatch(new RegExp(`<path id="${site}" class="pain-region" d="M`))
    }
    expect(svg.match(/<path id="[a-z_]+" class="pain-region"/g)).toHaveLength(PAIN_SITES.length)
  })

  it('uses presentation attributes only (the CSP forbids inline styles)', () => {
    expect(svg).not.toMatch(/\sstyle=/)
    expect(svg).not.toMatch(/<style/)
    expect(svg).not.toMatch(/<script|href=/)
  })
})
