// Words for questions and answers, looked up in the shared `intake` texts through vue-i18n, so
// the form, the review list and the submitted view agree with each other and with the PDF.
import type { AnswerKey } from '../../../../shared/intake/answers'
import { questionOfKey } from '../../../../shared/intake/questionnaire'
import type { DraftValue } from './draftAnswers'
import { isBlank } from './draftAnswers'

import type { HasText as Exists, MessageKey, Translate } from '../../i18n/messageKeys'

export function questionLabel(t: Translate, key: AnswerKey): string {
  return t(`intake.questions.${key}.label`)
}

export function questionHint(t: Translate, te: Exists, key: AnswerKey): string | undefined {
  const hint = `intake.questions.${key}.hint`
  return te(hint) ? t(hint) : undefined
}

export function optionLabel(t: Translate, key: AnswerKey, value: string): string {
  // Every option value of the questionnaire has a label (tests/unit/intake/questionnaire.test.ts),
  // but the value is typed as any string, so the key is asserted rather than derived.
  return t(`intake.options.${key}.${value}` as MessageKey)
}

/** An answer in words, as staff would read it back to the patient. */
export function answerText(
  t: Translate,
  key: AnswerKey,
  value: DraftValue | undefined,
  /** A screening question the patient could not answer: said so, not "Not answered". */
  couldNotAnswer = false,
): string {
  if (isBlank(value)) {
    return couldNotAnswer ? t('screens.screening.couldNotAnswer') : t('intake.notAnswered')
  }
  const question = questionOfKey(key)
  if (typeof value === 'boolean') return value ? t('intake.yes') : t('intake.no')
  if (Array.isArray(value)) return value.map((item) => optionLabel(t, key, item)).join('; ')
  if (question.kind === 'single' && typeof value === 'string') return optionLabel(t, key, value)
  if (question.kind === 'scale0to10') return t('intakeForm.scaleAnswer', { value: String(value) })
  const text = String(value).trim()
  if (question.kind === 'number' || question.kind === 'integer') {
    if (question.key !== 'durationWeeks' && question.key !== 'ageAtFirstBackPain') return text
    // "1 week", "3 weeks": plural forms through vue-i18n when the box holds a plain number.
    const amount = Number(text.replace(',', '.'))
    return Number.isFinite(amount)
      ? t(`screens.units.${question.key}`, { count: text }, amount === 1 ? 1 : 2)
      : `${text} ${t(`intake.units.${question.key}`)}`
  }
  return text
}
