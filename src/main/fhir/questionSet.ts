// The intake's questions as the FHIR export needs them: structure, wording and limits in one
// list. Today it is assembled from the app's current declarations (the steps and kinds in
// shared/intake/questionnaire.ts, the words in shared/i18n/en/intake.ts, the limits in
// shared/intake/answers.ts); when those become one declaration (issue 15, item 1), only this
// module changes. Nothing else in src/main/fhir reads those files for questions.
import { intakeTexts } from '../../shared/i18n/en/intake'
import type { AnswerKey } from '../../shared/intake/answers'
import { MAX_DURATION_WEEKS, MAX_NOTES_TEXT, MAX_SHORT_TEXT } from '../../shared/intake/answers'
import type { QuestionKind, StepId } from '../../shared/intake/questionnaire'
import { QUESTIONNAIRE } from '../../shared/intake/questionnaire'

export interface AnswerOptionSpec {
  /** The stored value, e.g. `leg_worse`. */
  readonly code: string
  readonly display: string
}

export interface QuestionSpec {
  readonly key: AnswerKey
  readonly kind: QuestionKind
  readonly text: string
  readonly hint: string | null
  readonly options: readonly AnswerOptionSpec[]
  /** The "none" style choice that cannot be combined with another. */
  readonly exclusive: string | null
  /** Inclusive bounds of a number answer. */
  readonly min: number | null
  readonly max: number | null
  /** Longest text answer. */
  readonly maxLength: number | null
}

export interface StepSpec {
  readonly id: StepId
  readonly title: string
  readonly questions: readonly QuestionSpec[]
}

type OptionTexts = Record<string, Record<string, string>>
type QuestionTexts = Record<string, { label: string; hint?: string }>

const NUMBER_LIMITS: Partial<Record<AnswerKey, { min: number; max: number }>> = {
  durationWeeks: { min: 0, max: MAX_DURATION_WEEKS },
  ageAtFirstBackPain: { min: 0, max: 120 },
}

function limitsOf(key: AnswerKey, kind: QuestionKind): Pick<QuestionSpec, 'min' | 'max'> {
  if (kind === 'scale0to10') return { min: 0, max: 10 }
  const limits = NUMBER_LIMITS[key]
  return limits ? { min: limits.min, max: limits.max } : { min: null, max: null }
}

function maxLengthOf(key: AnswerKey, kind: QuestionKind): number | null {
  if (kind === 'longtext') return MAX_NOTES_TEXT
  if (kind === 'text') return MAX_SHORT_TEXT
  return key === 'notes' ? MAX_NOTES_TEXT : null
}

/** Every step that asks questions, in form order, with every question it asks. */
export function intakeQuestionSet(): readonly StepSpec[] {
  const questionTexts: QuestionTexts = intakeTexts.questions
  const optionTexts: OptionTexts = intakeTexts.options
  return QUESTIONNAIRE.filter((step) => step.questions.length > 0).map((step) => ({
    id: step.id,
    title: intakeTexts.steps[step.id].title,
    questions: step.questions.map((question) => {
      const words = questionTexts[question.key]
      if (!words) throw new Error(`No wording for question ${question.key}`)
      return {
        key: question.key,
        kind: question.kind,
        text: words.label,
        hint: words.hint ?? null,
        options: (question.options ?? []).map((code) => ({
          code,
          display: optionTexts[question.key]?.[code] ?? code,
        })),
        exclusive: question.exclusive ?? null,
        ...limitsOf(question.key, question.kind),
        maxLength: maxLengthOf(question.key, question.kind),
      }
    }),
  }))
}

/** Every question by its key. */
export function questionsByKey(steps: readonly StepSpec[]): ReadonlyMap<string, QuestionSpec> {
  return new Map(steps.flatMap((step) => step.questions.map((q) => [q.key, q] as const)))
}
