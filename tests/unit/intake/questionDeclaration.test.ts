// The questions are declared once (src/shared/intake/questions.ts); the answer schema, the form's
// steps, the PDF's sections and the FHIR Questionnaire are derived from that declaration. These
// tests prove the derivations, on the real declaration and on a small synthetic one.
import { describe, expect, it } from 'vitest'
import { intakeQuestionSet } from '../../../src/main/fhir/questionSet'
import { buildQuestionnaire } from '../../../src/main/fhir/questionnaireResource'
import { answersBySection } from '../../../src/main/summaries/sections/answersBySection'
import { SHOWN_IN_PAIN_MAP } from '../../../src/main/summaries/sections/painMap'
import { shortQuestionLabel } from '../../../src/main/summaries/shortQuestionLabels'
import { ANSWER_KEYS, questionAnswersSchemaOf } from '../../../src/shared/intake/answers'
import { QUESTIONNAIRE, stepsOf } from '../../../src/shared/intake/questionnaire'
import type { QuestionDeclaration, StepDeclaration } from '../../../src/shared/intake/questions'
import { INTAKE_QUESTIONS, STEP_DECLARATIONS } from '../../../src/shared/intake/questions'
import type { SummaryInput } from '../../../src/main/summaries/summaryInput'

const declaredKeys = INTAKE_QUESTIONS.map((question) => question.key)

function onceEach(keys: readonly string[]): void {
  expect([...keys].sort()).toEqual([...declaredKeys].sort())
  expect(new Set(keys).size).toBe(keys.length)
}

/** Every string in a pdfmake content tree. */
function textsIn(content: unknown): string[] {
  if (typeof content === 'string') return [content]
  if (Array.isArray(content)) return content.flatMap(textsIn)
  if (content !== null && typeof content === 'object')
    return Object.values(content).flatMap(textsIn)
  return []
}

describe('the one question declaration', () => {
  it('gives the answer schema exactly the declared keys, in declaration (SPEC) order', () => {
    expect(ANSWER_KEYS).toEqual(declaredKeys)
  })

  it('puts every declared question in exactly one form step', () => {
    onceEach(QUESTIONNAIRE.flatMap((step) => step.questions.map((q) => q.key)))
  })

  it('puts every declared question in exactly one FHIR Questionnaire item', () => {
    const items = buildQuestionnaire().item.flatMap((group) => group.item ?? [])
    const questionItems = items
      .map((item) => item.linkId)
      .filter((linkId) => !linkId.endsWith('.help') && linkId !== 'screeningCouldNotAnswer')
    onceEach(questionItems)
  })

  it('lists every declared question in the PDF (the pain map section shows the pain sites)', () => {
    const input = {
      answers: {},
      assessment: { unansweredRedFlagKeys: [] },
    } as unknown as SummaryInput
    const printed = textsIn(answersBySection(input)).join('\n')
    for (const key of declaredKeys) {
      if (SHOWN_IN_PAIN_MAP.has(key)) continue
      expect(printed, key).toContain(shortQuestionLabel(key))
    }
  })

  it('refuses a step order that does not list exactly the step’s questions', () => {
    const steps: StepDeclaration[] = STEP_DECLARATIONS.map((step) =>
      step.id === 'betterWorse' ? { ...step, order: ['worseWith'] } : step,
    )
    expect(() => stepsOf(steps, INTAKE_QUESTIONS)).toThrow(/betterWorse/)
  })
})

describe('a question added to the declaration alone', () => {
  const added: QuestionDeclaration = {
    key: 'sleepAffected',
    step: 'hipSymptoms',
    kind: 'single',
    label: 'Sleep affected',
    options: ['never', 'sometimes', 'every_night'],
  }
  const questions: QuestionDeclaration[] = [...INTAKE_QUESTIONS, added]

  it('is accepted and checked by the derived answer schema', () => {
    const schema = questionAnswersSchemaOf(questions)
    expect(schema.safeParse({ sleepAffected: 'sometimes' }).success).toBe(true)
    const wrong = schema.safeParse({ sleepAffected: 'always' })
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues[0]?.message).toBe(
      'Sleep affected must be one of: never, sometimes, every_night',
    )
    // The real schema, derived from the real declaration, does not know it.
    expect(
      questionAnswersSchemaOf(INTAKE_QUESTIONS).safeParse({ sleepAffected: 'never' }).success,
    ).toBe(false)
  })

  it('appears in its form step, after the step’s other questions', () => {
    const hip = stepsOf(STEP_DECLARATIONS, questions).find((step) => step.id === 'hipSymptoms')
    expect(hip?.questions.at(-1)).toEqual({
      key: 'sleepAffected',
      kind: 'single',
      options: ['never', 'sometimes', 'every_night'],
    })
  })

  it('appears in the FHIR Questionnaire, coded, in its step’s group', () => {
    const steps = stepsOf(STEP_DECLARATIONS, questions)
    const texts = {
      steps: { hipSymptoms: { title: 'Hip' } },
      questions: Object.fromEntries(
        questions.map((question) => [question.key, { label: `Words for ${question.key}` }]),
      ),
      options: {
        sleepAffected: { never: 'Never', sometimes: 'Sometimes', every_night: 'Nightly' },
      },
    }
    const questionnaire = buildQuestionnaire(intakeQuestionSet(steps, texts))
    const hip = questionnaire.item.find((group) => group.linkId === 'hipSymptoms')
    const item = hip?.item?.find((candidate) => candidate.linkId === 'sleepAffected')
    expect(item?.type).toBe('choice')
    expect(item?.answerOption?.map((option) => option.valueCoding?.code)).toEqual([
      'never',
      'sometimes',
      'every_night',
    ])
    expect(questionnaire.version).not.toBe(buildQuestionnaire().version)
  })
})
