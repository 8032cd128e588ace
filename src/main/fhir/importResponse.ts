// Reads a QuestionnaireResponse for our Questionnaire back into intake answers, item by item.
// Every problem is collected (not just the first) and named by its item, in words the front
// desk can pass on: "Pain now (painNow): ...". Nothing is returned unless everything is right,
// so an import is all or nothing.
import { z } from 'zod'
import type { ErrorCode } from '../../shared/contract/errorCodes'
import type { FieldIssue } from '../../shared/contract/errors'
import type { Answers } from '../../shared/intake/answers'
import { AnswersSchema } from '../../shared/intake/answers'
import type { ResponseAnswer } from './fhirTypes'
import { SYSTEMS } from './fhirSystems'
import type { QuestionSpec, StepSpec } from './questionSet'
import { intakeQuestionSet, questionsByKey } from './questionSet'
import { answerSystem } from './questionnaireResource'

const CodingSchema = z.object({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
})

/** value[x] as any form tool may send it; which one a question needs is checked per item. */
const AnswerSchema = z.looseObject({
  valueBoolean: z.unknown().optional(),
  valueInteger: z.unknown().optional(),
  valueDecimal: z.unknown().optional(),
  valueString: z.unknown().optional(),
  valueCoding: z.unknown().optional(),
})

interface ItemNode {
  linkId: string
  answer?: z.infer<typeof AnswerSchema>[] | undefined
  item?: ItemNode[] | undefined
}

const ItemSchema: z.ZodType<ItemNode> = z.lazy(() =>
  z.looseObject({
    linkId: z.string({ error: 'Every item needs a linkId' }),
    answer: z.array(AnswerSchema).optional(),
    item: z.array(ItemSchema).optional(),
  }),
)

const ResponseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse', {
    error: 'This file is not a QuestionnaireResponse.',
  }),
  questionnaire: z.string().optional(),
  item: z.array(ItemSchema).optional(),
})

type Issue = FieldIssue
type Value = Answers[keyof Answers]

function where(question: QuestionSpec): string {
  return `“${question.text}” (${question.key})`
}

/**
 * A problem with one item: the English message for the CLI and the log, and a code (errorCodes.ts)
 * with params for the screen, which words the question by its key (the item's linkId).
 */
function issue(linkId: string, problem: Problem): Issue {
  const { message, code, params } = problem
  return params
    ? { path: ['item', linkId], message, code, params }
    : { path: ['item', linkId], message, code }
}

interface Problem {
  readonly message: string
  readonly code: ErrorCode
  readonly params?: Record<string, string | number>
}

/** A value from the file shown back in a message, kept short. */
function shortened(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text
}

function codeOf(question: QuestionSpec, answer: ResponseAnswer): string | null {
  const coding = CodingSchema.safeParse(answer.valueCoding)
  if (!coding.success || typeof coding.data.code !== 'string') return null
  const { system, code } = coding.data
  // A coding from another system is not our answer, even if its code happens to match.
  if (system !== undefined && system !== answerSystem(question.key)) return null
  return question.options.some((option) => option.code === code) ? code : null
}

/** One question's answers as our stored value, or the problem with them. */
function valueOf(
  question: QuestionSpec,
  answers: readonly z.infer<typeof AnswerSchema>[],
): { value: Value } | { problem: Problem } {
  const one = answers.length === 1 ? (answers[0] as ResponseAnswer) : null
  const single = (): Problem => ({
    message: `${where(question)} takes one answer, not ${answers.length}.`,
    code: 'fhir_one_answer',
    params: { count: answers.length },
  })
  const allowed = question.options.map((o) => o.code).join(', ')
  const typed = (code: ErrorCode, message: string): { problem: Problem } => ({
    problem: { message: `${where(question)} ${message}`, code },
  })
  switch (question.kind) {
    case 'multi':
    case 'bodymap': {
      const codes = answers.map((answer) => codeOf(question, answer as ResponseAnswer))
      if (codes.some((code) => code === null)) {
        return {
          problem: {
            message: `${where(question)} has an answer that is not one of its choices (allowed: ${allowed}).`,
            code: 'fhir_not_a_choice',
            params: { allowed },
          },
        }
      }
      return { value: codes as string[] } as { value: Value }
    }
    case 'single': {
      if (!one) return { problem: single() }
      const code = codeOf(question, one)
      if (code === null) {
        return {
          problem: {
            message: `${where(question)} must be one of its choices (allowed: ${allowed}).`,
            code: 'fhir_not_a_choice',
            params: { allowed },
          },
        }
      }
      return { value: code as Value }
    }
    case 'yesno':
      if (!one) return { problem: single() }
      return typeof one.valueBoolean === 'boolean'
        ? { value: one.valueBoolean }
        : typed('fhir_not_yes_no', 'must be answered yes or no (valueBoolean).')
    case 'scale0to10':
    case 'integer':
      if (!one) return { problem: single() }
      return typeof one.valueInteger === 'number' && Number.isInteger(one.valueInteger)
        ? { value: one.valueInteger }
        : typed('fhir_not_whole_number', 'must be a whole number (valueInteger).')
    case 'number': {
      if (!one) return { problem: single() }
      const number = one.valueDecimal ?? one.valueInteger
      return typeof number === 'number' && Number.isFinite(number)
        ? { value: number }
        : typed('fhir_not_number', 'must be a number (valueDecimal).')
    }
    case 'text':
    case 'longtext':
      if (!one) return { problem: single() }
      return typeof one.valueString === 'string'
        ? { value: one.valueString }
        : typed('fhir_not_text', 'must be text (valueString).')
  }
}

function questionnaireProblem(questionnaire: string | undefined): Issue[] {
  if (questionnaire === undefined) return []
  const url = questionnaire.split('|')[0]
  if (url === SYSTEMS.questionnaire) return []
  return [
    {
      path: ['questionnaire'],
      message: `This response answers another questionnaire (${questionnaire}), not this app’s intake (${SYSTEMS.questionnaire}).`,
      code: 'fhir_wrong_questionnaire',
      params: { questionnaire: shortened(questionnaire) },
    },
  ]
}

export type ImportOutcome = { ok: true; answers: Answers } | { ok: false; issues: Issue[] }

/** The answers in a QuestionnaireResponse (JSON text), or every problem with it. */
export function answersFromResponse(
  json: string,
  steps: readonly StepSpec[] = intakeQuestionSet(),
): ImportOutcome {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return {
      ok: false,
      issues: [
        {
          path: [],
          message: 'This file is not valid JSON. Choose the QuestionnaireResponse file again.',
          code: 'fhir_not_json',
        },
      ],
    }
  }
  const response = ResponseSchema.safeParse(parsed)
  if (!response.success) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          message:
            'This file is not a FHIR QuestionnaireResponse. Choose a QuestionnaireResponse for the lower back and hip pain intake.',
          code: 'fhir_not_a_response',
        },
      ],
    }
  }
  const questions = questionsByKey(steps)
  const groups = new Set<string>(steps.map((step) => step.id))
  const issues: Issue[] = [...questionnaireProblem(response.data.questionnaire)]
  const answers: Record<string, Value> = {}
  const seen = new Set<string>()

  function visit(items: readonly ItemNode[]): void {
    for (const item of items) {
      const question = questions.get(item.linkId)
      if (question === undefined) {
        if (groups.has(item.linkId) && !item.answer?.length) {
          visit(item.item ?? [])
        } else {
          issues.push(
            issue(item.linkId, {
              message: `Unknown question “${item.linkId}”: this intake form has no item with that linkId.`,
              code: 'fhir_unknown_item',
            }),
          )
        }
        continue
      }
      if (seen.has(question.key)) {
        issues.push(
          issue(item.linkId, {
            message: `${where(question)} is answered twice.`,
            code: 'fhir_duplicate_item',
          }),
        )
        continue
      }
      seen.add(question.key)
      if (item.item?.length) visit(item.item)
      if (!item.answer?.length) continue
      const result = valueOf(question, item.answer)
      if ('problem' in result) issues.push(issue(item.linkId, result.problem))
      else answers[question.key] = result.value
    }
  }
  visit(response.data.item ?? [])

  // Ranges, lengths and "none" choices: the same rules as the intake form and the one door.
  // AnswersSchema, not only the questions: the could-not-answer record is imported too.
  const checked = AnswersSchema.safeParse(answers)
  if (!checked.success) {
    for (const problem of checked.error.issues) {
      const key = String(problem.path[0] ?? '')
      const question = questions.get(key)
      issues.push(
        issue(key, {
          message: question ? `${where(question)}: ${problem.message}` : problem.message,
          code: 'fhir_out_of_range',
        }),
      )
    }
  }
  if (issues.length) return { ok: false, issues }
  return { ok: true, answers: checked.success ? checked.data : {} }
}
