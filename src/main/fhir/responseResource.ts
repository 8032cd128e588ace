// The submitted answers as a QuestionnaireResponse for our Questionnaire: the same groups and
// linkIds, unanswered questions left out (never turned into "no").
import type { Answers } from '../../shared/intake/answers'
import type { BundleEntry, Reference, ResponseAnswer, ResponseItem } from './fhirTypes'
import { SYSTEMS } from './fhirSystems'
import type { QuestionSpec, StepSpec } from './questionSet'
import { answerSystem } from './questionnaireResource'

function optionDisplay(question: QuestionSpec, code: string): string {
  return question.options.find((option) => option.code === code)?.display ?? code
}

function coding(question: QuestionSpec, code: string): ResponseAnswer {
  return {
    valueCoding: {
      system: answerSystem(question.key),
      code,
      display: optionDisplay(question, code),
    },
  }
}

/** The answers of one question in FHIR value[x] form; empty when it was not answered. */
export function answersOf(question: QuestionSpec, value: Answers[keyof Answers]): ResponseAnswer[] {
  if (value === undefined) return []
  switch (question.kind) {
    case 'multi':
    case 'bodymap':
      return Array.isArray(value) ? value.map((code) => coding(question, code)) : []
    case 'single':
      return typeof value === 'string' ? [coding(question, value)] : []
    case 'yesno':
      return typeof value === 'boolean' ? [{ valueBoolean: value }] : []
    case 'scale0to10':
    case 'integer':
      return typeof value === 'number' ? [{ valueInteger: value }] : []
    case 'number':
      return typeof value === 'number' ? [{ valueDecimal: value }] : []
    case 'text':
    case 'longtext':
      // FHIR strings cannot be empty: an emptied box is "not answered".
      return typeof value === 'string' && value.trim() !== '' ? [{ valueString: value }] : []
  }
}

/** The response items, grouped by step like the Questionnaire; steps with no answer left out. */
export function responseItems(steps: readonly StepSpec[], answers: Answers): ResponseItem[] {
  return steps.flatMap((step) => {
    const item = step.questions.flatMap((question) => {
      const answer = answersOf(question, answers[question.key])
      return answer.length ? [{ linkId: question.key, text: question.text, answer }] : []
    })
    return item.length ? [{ linkId: step.id, text: step.title, item }] : []
  })
}

export interface ResponseParts {
  readonly fullUrl: string
  readonly intakeId: number
  readonly questionnaire: string
  readonly status: 'completed' | 'entered-in-error'
  readonly subject: Reference
  readonly author: Reference | null
  readonly authored: string
  readonly items: readonly ResponseItem[]
}

export function responseEntry(parts: ResponseParts): BundleEntry {
  return {
    fullUrl: parts.fullUrl,
    resource: {
      resourceType: 'QuestionnaireResponse',
      identifier: { system: SYSTEMS.intake, value: String(parts.intakeId) },
      questionnaire: parts.questionnaire,
      status: parts.status,
      subject: parts.subject,
      authored: parts.authored,
      ...(parts.author ? { author: parts.author } : {}),
      item: parts.items,
    },
  }
}
