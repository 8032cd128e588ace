// The intake questionnaire's STRUCTURE as the form walks it: which steps, in which order, and
// which questions each step asks, with the kind of control and the allowed values. Derived from
// the one declaration in questions.ts (never edited here). No text lives here: labels are in
// src/shared/i18n/en/intake.ts, so the form, the review screen and the PDF summary share one
// structure and one wording.
import type { AnswerKey } from './answers'
import type { QuestionDeclaration, QuestionKind, StepDeclaration, StepId } from './questions'
import { INTAKE_QUESTIONS, STEP_DECLARATIONS } from './questions'

export { STEP_IDS } from './questions'
export type { QuestionKind, StepId } from './questions'

export interface Question {
  readonly key: AnswerKey
  readonly kind: QuestionKind
  /** Allowed values for multi, single and bodymap, in display order. */
  readonly options?: readonly string[]
  /** A multi's "none" style value that cannot be combined with another choice. */
  readonly exclusive?: string
  /** Inclusive bounds of a number answer (the 0-10 scales included). */
  readonly min?: number
  readonly max?: number
  /** Longest text answer. */
  readonly maxLength?: number
}

export interface Step {
  readonly id: StepId
  /** URL- and file-name-safe form of the id (routes, screenshot names). */
  readonly slug: string
  readonly questions: readonly Question[]
}

/** The form's view of one declared question: only the fields that apply to its kind. */
function questionOf(declared: QuestionDeclaration): Question {
  // The declaration's keys are the answer keys by construction (answers.ts derives them).
  const key = declared.key as AnswerKey
  switch (declared.kind) {
    case 'multi':
    case 'bodymap':
      return declared.exclusive === undefined
        ? { key, kind: declared.kind, options: declared.options }
        : { key, kind: declared.kind, options: declared.options, exclusive: declared.exclusive }
    case 'single':
      return { key, kind: declared.kind, options: declared.options }
    case 'yesno':
      return { key, kind: declared.kind }
    case 'scale0to10':
      return { key, kind: declared.kind, min: 0, max: 10 }
    case 'number':
    case 'integer':
      return { key, kind: declared.kind, min: declared.min, max: declared.max }
    case 'text':
    case 'longtext':
      return { key, kind: declared.kind, maxLength: declared.maxLength }
  }
}

/** A step's questions in the form's order: its declared order, else declaration order. */
function stepQuestions(step: StepDeclaration, questions: readonly QuestionDeclaration[]) {
  const asked = questions.filter((question) => question.step === step.id)
  if (step.order === undefined) return asked
  const ordered = step.order.map((key) => asked.find((question) => question.key === key))
  if (ordered.length !== asked.length || ordered.some((question) => question === undefined)) {
    throw new Error(`The order of step ${step.id} must list exactly the questions it asks`)
  }
  return ordered as QuestionDeclaration[]
}

/**
 * The form's steps from a declaration: every declared step in order, each with the questions
 * that name it. Takes the declaration as input so tests can derive from a synthetic one.
 */
export function stepsOf(
  steps: readonly StepDeclaration[],
  questions: readonly QuestionDeclaration[],
): Step[] {
  const stepIds = new Set<string>(steps.map((step) => step.id))
  const orphan = questions.find((question) => !stepIds.has(question.step))
  if (orphan !== undefined) throw new Error(`Question ${orphan.key} names an unknown step`)
  return steps.map((step) => ({
    id: step.id,
    slug: step.slug,
    questions: stepQuestions(step, questions).map(questionOf),
  }))
}

export const QUESTIONNAIRE: readonly Step[] = stepsOf(STEP_DECLARATIONS, INTAKE_QUESTIONS)

/** The step that asks a key (every key is asked exactly once). */
export function stepOfKey(key: AnswerKey): Step {
  const step = QUESTIONNAIRE.find((candidate) => candidate.questions.some((q) => q.key === key))
  if (step === undefined) throw new Error(`No step asks ${key}`)
  return step
}

/** The question for a key, with its kind and options. */
export function questionOfKey(key: AnswerKey): Question {
  const question = stepOfKey(key).questions.find((q) => q.key === key)
  if (question === undefined) throw new Error(`No question for ${key}`)
  return question
}

/** All questions in questionnaire order (the order the review screen and the PDF list them). */
export const QUESTIONS_IN_ORDER: readonly Question[] = QUESTIONNAIRE.flatMap(
  (step) => step.questions,
)
