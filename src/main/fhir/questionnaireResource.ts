// The intake as a FHIR R4 Questionnaire: one group per form step, one item per question with
// linkId = the answer key, answer options coded in our own CodeSystems, LOINC 72514-3 on the
// 0-10 pain scores. The form shows every question of a step (none is conditional), so no item
// carries enableWhen. All wording is the app's own (SPEC section 6: no licensed instrument text).
import { createHash } from 'node:crypto'
import type { CodeableConcept, Coding, Extension, FhirResource } from './fhirTypes'
import { EXTENSIONS, PAIN_SEVERITY_LOINC, SYSTEMS } from './fhirSystems'
import type { QuestionSpec, StepSpec } from './questionSet'
import { intakeQuestionSet } from './questionSet'

export interface QuestionnaireItem {
  readonly linkId: string
  readonly text: string
  readonly type:
    'group' | 'display' | 'boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'choice'
  readonly code?: readonly Coding[]
  readonly repeats?: boolean
  readonly maxLength?: number
  readonly answerOption?: readonly { readonly valueCoding: Coding }[]
  readonly extension?: readonly Extension[]
  readonly item?: readonly QuestionnaireItem[]
}

export interface Questionnaire extends FhirResource {
  readonly resourceType: 'Questionnaire'
  readonly url: string
  readonly version: string
  readonly item: readonly QuestionnaireItem[]
}

/** The CodeSystem of one question's answer values: the stored value is the code. */
export function answerSystem(key: string): string {
  return `${SYSTEMS.answerValue}:${key}`
}

const PAIN_SCORE_KEYS = new Set(['painNow', 'painWorstWeek', 'painAverageWeek'])

/** Our own code for a question, plus LOINC where a standard one exists. */
export function questionCodes(key: string, text: string): Coding[] {
  const own: Coding = { system: SYSTEMS.question, code: key, display: text }
  return PAIN_SCORE_KEYS.has(key) ? [PAIN_SEVERITY_LOINC, own] : [own]
}

function itemControl(code: 'check-box' | 'radio-button' | 'help'): Extension {
  const concept: CodeableConcept = {
    coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }],
  }
  return {
    url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
    valueCodeableConcept: concept,
  }
}

function bound(url: string, value: number, decimal: boolean): Extension {
  return decimal ? { url, valueDecimal: value } : { url, valueInteger: value }
}

/** minValue / maxValue, which LHC-Forms and other form tools enforce as the patient types. */
function numberBounds(question: QuestionSpec): Extension[] {
  const decimal = question.kind === 'number'
  return [
    ...(question.min !== null ? [bound(EXTENSIONS.minValue, question.min, decimal)] : []),
    ...(question.max !== null ? [bound(EXTENSIONS.maxValue, question.max, decimal)] : []),
  ]
}

function typeOf(question: QuestionSpec): QuestionnaireItem['type'] {
  switch (question.kind) {
    case 'multi':
    case 'bodymap':
    case 'single':
      return 'choice'
    case 'yesno':
      return 'boolean'
    case 'scale0to10':
    case 'integer':
      return 'integer'
    case 'number':
      return 'decimal'
    case 'text':
      return 'string'
    case 'longtext':
      return 'text'
  }
}

function questionItem(question: QuestionSpec): QuestionnaireItem {
  const type = typeOf(question)
  const repeats = question.kind === 'multi' || question.kind === 'bodymap'
  const extension = [
    ...(type === 'choice' ? [itemControl(repeats ? 'check-box' : 'radio-button')] : []),
    ...numberBounds(question),
  ]
  const help: QuestionnaireItem | null = question.hint
    ? {
        linkId: `${question.key}.help`,
        text: question.hint,
        type: 'display',
        extension: [itemControl('help')],
      }
    : null
  return {
    linkId: question.key,
    text: question.text,
    type,
    code: questionCodes(question.key, question.text),
    ...(repeats ? { repeats: true } : {}),
    ...(question.maxLength !== null ? { maxLength: question.maxLength } : {}),
    ...(type === 'choice'
      ? {
          answerOption: question.options.map((option) => ({
            valueCoding: {
              system: answerSystem(question.key),
              code: option.code,
              display: option.display,
            },
          })),
        }
      : {}),
    ...(extension.length ? { extension } : {}),
    ...(help ? { item: [help] } : {}),
  }
}

function stepItems(steps: readonly StepSpec[]): QuestionnaireItem[] {
  return steps.map((step) => ({
    linkId: step.id,
    text: step.title,
    type: 'group',
    item: step.questions.map(questionItem),
  }))
}

/**
 * A version that changes whenever a question, its wording, its options or its limits change:
 * the first 12 hex digits of the SHA-256 of the items. An exported response names the exact
 * question set it answers.
 */
export function questionSetVersion(items: readonly QuestionnaireItem[]): string {
  return createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 12)
}

/** The Questionnaire for a question set (the app's own by default). */
export function buildQuestionnaire(
  steps: readonly StepSpec[] = intakeQuestionSet(),
): Questionnaire {
  const item = stepItems(steps)
  const version = questionSetVersion(item)
  return {
    resourceType: 'Questionnaire',
    id: 'low-back-hip-intake',
    url: SYSTEMS.questionnaire,
    version,
    name: 'LowBackHipPainIntake',
    title: 'Lower back and hip pain intake',
    status: 'active',
    subjectType: ['Patient'],
    description:
      'The questions front-desk staff ask a patient with lower back or hip pain, in the wording of the Clinic Intake app. Answers are coded in the app’s own code systems.',
    item,
  }
}

/** The canonical reference a QuestionnaireResponse gives: url|version. */
export function questionnaireReference(questionnaire: Questionnaire): string {
  return `${questionnaire.url}|${questionnaire.version}`
}
