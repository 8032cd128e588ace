import { intakeTexts } from '../../shared/i18n/en/intake'
import type { AnswerKey, Answers } from '../../shared/intake/answers'
import { questionOfKey } from '../../shared/intake/questionnaire'
import type { Question } from '../../shared/intake/questionnaire'
import { summaryTexts } from './summaryTexts'

const optionLabels = intakeTexts.options as Readonly<
  Partial<Record<AnswerKey, Readonly<Record<string, string>>>>
>
const units = intakeTexts.units as Readonly<Partial<Record<AnswerKey, string>>>

/** The question as the form asks it. */
export function questionLabel(key: AnswerKey): string {
  return intakeTexts.questions[key].label
}

/** An option value in the form's words (the raw value if the wording is missing). */
export function optionLabel(key: AnswerKey, value: string): string {
  return optionLabels[key]?.[value] ?? value
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100)
}

/**
 * One answer as words, or null when the question was not answered. "Not answered" is never the
 * same as "No": false prints "No", an absent key prints nothing here and "Not answered" where shown.
 */
export function answerText(question: Question, answers: Answers): string | null {
  const value: unknown = answers[question.key]
  // A screening question the patient could not answer is recorded as such (issue 13).
  if (value === undefined && answers.screeningCouldNotAnswer?.includes(question.key as never)) {
    return 'Patient could not answer'
  }
  if (value === undefined || value === null) return null
  switch (question.kind) {
    case 'yesno':
      return value === true ? intakeTexts.yes : intakeTexts.no
    case 'scale0to10':
      return typeof value === 'number' ? summaryTexts.painScores.outOfTen(value) : null
    case 'number':
    case 'integer': {
      if (typeof value !== 'number') return null
      const unit = units[question.key]
      return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value)
    }
    case 'single':
      return typeof value === 'string' ? optionLabel(question.key, value) : null
    case 'multi':
    case 'bodymap': {
      if (!Array.isArray(value)) return null
      if (value.length === 0) return summaryTexts.answers.noneChosen
      return value.map((item) => optionLabel(question.key, String(item))).join(', ')
    }
    case 'text':
    case 'longtext':
      return typeof value === 'string' && value.trim() !== '' ? value : null
  }
}

/** The answer for a key, in words, or null when not answered. */
export function answerTextForKey(key: AnswerKey, answers: Answers): string | null {
  return answerText(questionOfKey(key), answers)
}
