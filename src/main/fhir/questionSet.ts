// The intake's questions as the FHIR export needs them: structure, wording and limits in one
// list. The structure and limits are the form's steps (shared/intake/questionnaire.ts, derived
// from the one declaration in shared/intake/questions.ts), the words shared/i18n/en/intake.ts.
// Nothing else in src/main/fhir reads those files for questions.
import { intakeTexts } from '../../shared/i18n/en/intake'
import { CAUDA_EQUINA_QUESTIONS } from '../../shared/intake/answerOptions'
import type { Answers } from '../../shared/intake/answers'
import type { QuestionKind, Step, StepId } from '../../shared/intake/questionnaire'
import { QUESTIONNAIRE } from '../../shared/intake/questionnaire'

export interface AnswerOptionSpec {
  /** The stored value, e.g. `leg_worse`. */
  readonly code: string
  readonly display: string
}

export interface QuestionSpec {
  /** A question's key, or the screening record (screeningCouldNotAnswer). */
  readonly key: keyof Answers
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

/** The wording the set is built with: the English intake texts unless a test passes its own. */
export interface QuestionSetTexts {
  readonly steps: Record<string, { title: string }>
  readonly questions: QuestionTexts
  readonly options: OptionTexts
}

/** The linkId of the record of screening questions the patient could not answer. */
export const COULD_NOT_ANSWER_KEY = 'screeningCouldNotAnswer' satisfies keyof Answers

/**
 * "Patient could not answer" for the cauda equina screening questions, as an item of its own
 * right after them: a multiple choice whose codes are the questions' keys. A yes/no item cannot
 * say "asked, no answer", and this must survive the round trip (the screening counts as done).
 */
function couldNotAnswerSpec(texts: QuestionSetTexts): QuestionSpec {
  return {
    key: COULD_NOT_ANSWER_KEY,
    kind: 'multi',
    text: 'Screening questions the patient could not answer',
    hint: 'The patient was asked but could not answer (for example too unwell). Still counts as not answered.',
    options: CAUDA_EQUINA_QUESTIONS.map((code) => ({
      code,
      display: texts.questions[code]?.label ?? code,
    })),
    exclusive: null,
    min: null,
    max: null,
    maxLength: null,
  }
}

/** The step's questions, with the could-not-answer record after the last screening question. */
function withCouldNotAnswer(
  questions: readonly QuestionSpec[],
  texts: QuestionSetTexts,
): readonly QuestionSpec[] {
  const screening: readonly string[] = CAUDA_EQUINA_QUESTIONS
  const last = questions.findLastIndex((question) => screening.includes(question.key))
  if (last < 0) return questions
  return [...questions.slice(0, last + 1), couldNotAnswerSpec(texts), ...questions.slice(last + 1)]
}

/**
 * Every step that asks questions, in form order, with every question it asks. Takes the steps
 * and the words as input so tests can derive the set from a synthetic declaration.
 */
export function intakeQuestionSet(
  steps: readonly Step[] = QUESTIONNAIRE,
  texts: QuestionSetTexts = intakeTexts,
): readonly StepSpec[] {
  return steps
    .filter((step) => step.questions.length > 0)
    .map((step) => ({
      id: step.id,
      title: texts.steps[step.id]?.title ?? step.id,
      questions: withCouldNotAnswer(
        step.questions.map((question): QuestionSpec => {
          const words = texts.questions[question.key]
          if (!words) throw new Error(`No wording for question ${question.key}`)
          return {
            key: question.key,
            kind: question.kind,
            text: words.label,
            hint: words.hint ?? null,
            options: (question.options ?? []).map((code) => ({
              code,
              display: texts.options[question.key]?.[code] ?? code,
            })),
            exclusive: question.exclusive ?? null,
            min: question.min ?? null,
            max: question.max ?? null,
            maxLength: question.maxLength ?? null,
          }
        }),
        texts,
      ),
    }))
}

/** Every question by its key. */
export function questionsByKey(steps: readonly StepSpec[]): ReadonlyMap<string, QuestionSpec> {
  return new Map(steps.flatMap((step) => step.questions.map((q) => [q.key, q] as const)))
}
