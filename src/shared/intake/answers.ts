// The intake answer model (SPEC section 2) as one zod schema, shared by the form, the IPC door,
// the database and the assessment engine. Every key is optional: an absent key means "not
// answered", which is never the same as "no" (false / 'none'). Messages name the field in plain
// words because front-desk staff read them; the issue path names the key for code.
import { z } from 'zod'
import { CAUDA_EQUINA_QUESTIONS } from './answerOptions'
import type { DeclaredQuestion, OptionValues, QuestionDeclaration } from './questions'
import { INTAKE_QUESTIONS } from './questions'

// The limits live with the questions; re-exported here for the places that import them from here.
export { MAX_DURATION_WEEKS, MAX_NOTES_TEXT, MAX_SHORT_TEXT } from './questions'

function wholeNumber(error: string, min: number, max: number) {
  return z.int({ error }).min(min, { error }).max(max, { error }).optional()
}

function number(error: string, min: number, max: number) {
  return z.number({ error }).min(min, { error }).max(max, { error }).optional()
}

function yesNo(label: string) {
  return z.boolean({ error: `${label} must be yes or no (true or false)` }).optional()
}

function choice<const T extends OptionValues>(label: string, options: T) {
  return z.enum(options, { error: `${label} must be one of: ${options.join(', ')}` }).optional()
}

/**
 * A multiple-choice list: known values only, each at most once. `exclusive` is the "none" style
 * value that contradicts any other choice (e.g. prior treatments "none" plus "surgery").
 */
function list<const T extends OptionValues>(label: string, options: T, exclusive?: string) {
  const item = z.enum(options, {
    error: (issue) =>
      `${label}: ${JSON.stringify(issue.input)} is not an allowed value (allowed: ${options.join(', ')})`,
  })
  return z
    .array(item, { error: `${label} must be a list` })
    .superRefine((values, ctx) => {
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) {
          ctx.addIssue({
            code: 'custom',
            message: `${label} lists "${value}" more than once`,
            path: [index],
          })
        }
      })
      if (exclusive !== undefined && values.length > 1 && values.includes(exclusive)) {
        ctx.addIssue({
          code: 'custom',
          message: `${label}: "${exclusive}" cannot be combined with other choices`,
          path: [values.indexOf(exclusive)],
        })
      }
    })
    .optional()
}

function text(label: string, maxLength: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(maxLength, { error: `${label} must be at most ${maxLength} characters` })
    .optional()
}

/** The schema of one declared question's answer. */
function fieldSchema(question: QuestionDeclaration): z.ZodType {
  const { label } = question
  switch (question.kind) {
    case 'multi':
    case 'bodymap':
      return list(label, question.options, question.exclusive)
    case 'single':
      return choice(label, question.options)
    case 'yesno':
      return yesNo(label)
    case 'scale0to10':
      return wholeNumber(`${label} must be a whole number from 0 to 10`, 0, 10)
    case 'integer': {
      const { unit, min, max } = question
      return wholeNumber(
        `${label} must be a whole number of ${unit} from ${min} to ${max}`,
        min,
        max,
      )
    }
    case 'number': {
      const { unit, min, max } = question
      return number(`${label} must be a number of ${unit} from ${min} to ${max}`, min, max)
    }
    case 'text':
    case 'longtext':
      return text(label, question.maxLength)
  }
}

/** The static type of each declared question's schema, so `Answers` keeps its literal values. */
type FieldSchemaOf<Q> = Q extends {
  kind: 'multi' | 'bodymap'
  options: infer O extends OptionValues
}
  ? ReturnType<typeof list<O>>
  : Q extends { kind: 'single'; options: infer O extends OptionValues }
    ? ReturnType<typeof choice<O>>
    : Q extends { kind: 'yesno' }
      ? ReturnType<typeof yesNo>
      : Q extends { kind: 'scale0to10' | 'integer' }
        ? ReturnType<typeof wholeNumber>
        : Q extends { kind: 'number' }
          ? ReturnType<typeof number>
          : ReturnType<typeof text>
type DeclaredShape = { [Q in DeclaredQuestion as Q['key']]: FieldSchemaOf<Q> }

/** Plain-words messages for an answers object that is not one, or names unknown questions. */
const answersObjectError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') {
    const noun = issue.keys.length === 1 ? 'Unknown question' : 'Unknown questions'
    return `${noun}: ${issue.keys.join(', ')}`
  }
  if (issue.code === 'invalid_type') return 'Answers must be an object of question keys'
  return undefined
}

function shapeOf(questions: readonly QuestionDeclaration[]): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {}
  for (const question of questions) {
    if (question.key in shape) throw new Error(`Question ${question.key} is declared twice`)
    shape[question.key] = fieldSchema(question)
  }
  return shape
}

/**
 * The strict answers object of a question declaration: one optional key per question, in
 * declaration order. Takes the declaration as input so tests can derive from a synthetic one.
 */
export function questionAnswersSchemaOf(questions: readonly QuestionDeclaration[]) {
  return z.strictObject(shapeOf(questions), { error: answersObjectError })
}

// Key order is SPEC order (the declaration's); ANSWER_KEYS below and every "unanswered
// questions" list follow it. One key per question; AnswersSchema below adds what is recorded
// about the questions. The cast only restores, for the type checker, the per-key schema types
// that fieldSchema builds at run time from the same declaration (FieldSchemaOf mirrors it).
export const QuestionAnswersSchema = z.strictObject(shapeOf(INTAKE_QUESTIONS) as DeclaredShape, {
  error: answersObjectError,
})

const couldNotAnswerError =
  'Could not answer is only recorded for the four bladder, bowel, saddle and sexual function questions'

/**
 * The answers as stored and assessed. Besides one key per question, `screeningCouldNotAnswer`
 * names the cauda equina screening questions the patient could not answer (too unwell, no words
 * for it): recorded, so the screening counts as done, but still unanswered for the engine, which
 * never reads it. Optional, so every draft and intake stored before it still parses.
 */
export const AnswersSchema = QuestionAnswersSchema.extend({
  screeningCouldNotAnswer: z
    .array(z.enum(CAUDA_EQUINA_QUESTIONS, { error: couldNotAnswerError }), {
      error: couldNotAnswerError,
    })
    .max(CAUDA_EQUINA_QUESTIONS.length, { error: couldNotAnswerError })
    .optional(),
})

export type Answers = z.infer<typeof AnswersSchema>
/** A question's key (the screening record above is not a question). */
export type AnswerKey = keyof z.infer<typeof QuestionAnswersSchema>

/** Zod enum of the answer keys, for schemas that refer to questions (evidence, vignettes). */
export const AnswerKeySchema = QuestionAnswersSchema.keyof()

/** All answer keys in SPEC order. */
export const ANSWER_KEYS: readonly AnswerKey[] = AnswerKeySchema.options
