// From what staff typed (the draft, kept exactly as typed) to answers the engine may read. Each
// field is checked on its own with the same zod schema the one door uses at submit, so one bad
// box never hides the others: valid fields become answers, invalid ones become field problems,
// and empty ones stay unanswered (absent), never "no".
import { AnswersSchema } from '../../../../shared/intake/answers'
import type { AnswerKey, Answers } from '../../../../shared/intake/answers'
import type { DraftValues } from '../../../../shared/intake/intakeRecord'
import { QUESTIONS_IN_ORDER } from '../../../../shared/intake/questionnaire'
import type { Question } from '../../../../shared/intake/questionnaire'

export type DraftValue = DraftValues[string]

/** Why a field cannot be used yet; the form turns the code into words. */
export interface FieldProblem {
  readonly key: AnswerKey
  readonly code: 'number' | 'tooLong' | 'exclusive' | 'invalid'
  /** The schema's own message, for anything the form has no better words for. */
  readonly message: string
}

export interface CheckedDraft {
  readonly answers: Answers
  readonly problems: Partial<Record<AnswerKey, FieldProblem>>
}

/** True when a draft value means "not answered": absent, null, an empty list or blank text. */
export function isBlank(value: DraftValue | undefined): boolean {
  if (value === undefined || value === null) return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'string') return value.trim() === ''
  return false
}

// A number box holds text. Accept a decimal comma (1,5) as typed on many keyboards; anything
// else that is not plainly a number stays text and fails the schema, with the text kept.
function toCandidate(question: Question, value: DraftValue): unknown {
  if ((question.kind === 'number' || question.kind === 'integer') && typeof value === 'string') {
    const text = value.trim().replace(',', '.')
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : text
  }
  return value
}

function problemCode(question: Question, value: DraftValue): FieldProblem['code'] {
  if (question.kind === 'number' || question.kind === 'integer' || question.kind === 'scale0to10') {
    return 'number'
  }
  if (question.kind === 'text' || question.kind === 'longtext') return 'tooLong'
  if (
    question.exclusive !== undefined &&
    Array.isArray(value) &&
    value.length > 1 &&
    value.includes(question.exclusive)
  ) {
    return 'exclusive'
  }
  return 'invalid'
}

export function checkDraft(values: DraftValues): CheckedDraft {
  const answers: Record<string, unknown> = {}
  const problems: Partial<Record<AnswerKey, FieldProblem>> = {}
  for (const question of QUESTIONS_IN_ORDER) {
    const value = values[question.key]
    if (isBlank(value)) continue
    const parsed = AnswersSchema.shape[question.key].safeParse(
      toCandidate(question, value as DraftValue),
    )
    if (parsed.success) {
      if (parsed.data !== undefined) answers[question.key] = parsed.data
    } else {
      problems[question.key] = {
        key: question.key,
        code: problemCode(question, value as DraftValue),
        message: parsed.error.issues[0]?.message ?? '',
      }
    }
  }
  // "Patient could not answer" for a screening question, unless it has since been answered.
  const marked = AnswersSchema.shape.screeningCouldNotAnswer.safeParse(
    values.screeningCouldNotAnswer,
  )
  const stillOpen = (marked.success ? (marked.data ?? []) : []).filter(
    (key) => typeof answers[key] !== 'boolean',
  )
  if (stillOpen.length > 0) answers.screeningCouldNotAnswer = stillOpen
  // Each field passed its own schema, so the whole passes too; parsing again keeps the type honest.
  return { answers: AnswersSchema.parse(answers), problems }
}

/** Answers keys with something typed, in questionnaire order. */
export function unansweredKeys(values: DraftValues): AnswerKey[] {
  return QUESTIONS_IN_ORDER.filter((question) => isBlank(values[question.key])).map((q) => q.key)
}
