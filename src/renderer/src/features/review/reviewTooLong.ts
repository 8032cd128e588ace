// Which of the review's text fields are over the one door's limits, and how to say so. The
// editor holds back its autosave, sign-off and amendments while any is (the server would refuse
// them again and again); the panels name the field, in the same words its own box uses, and move
// to it. Every check is lengthOver (lengthLimit.ts) with the door's own schema.
import type { CauseId } from '../../../../shared/clinical/ids'
import { causeDefinition } from '../../../../shared/clinical/assessment'
import {
  CauseDecisionSchema,
  ClinicalNoteSchema,
  OtherDiagnosisSchema,
} from '../../../../shared/review/decisions'
import type { OtherDiagnosis } from '../../../../shared/review/decisions'
import { AmendReviewSchema } from '../../../../shared/review/review'
import { useI18n } from '../../i18n/useTexts'
import { lengthOver, useLengthWords } from './lengthLimit'
import type { LengthOver } from './lengthLimit'

/** One of the review's long text fields. */
export type LongField =
  | { readonly kind: 'reason' }
  | { readonly kind: 'decisionNote'; readonly causeId: CauseId }
  | { readonly kind: 'beyondComment'; readonly causeId: CauseId }
  | { readonly kind: 'otherDiagnosis'; readonly index: number }
  | { readonly kind: 'otherComment'; readonly index: number }
  | { readonly kind: 'clinicalNote' }

export type TooLongField = LongField & LengthOver

/** What the editor holds, as the panels show it (top to bottom). */
export interface ReviewText {
  /** Null outside an amendment: only an amendment has a reason. */
  readonly reason: string | null
  readonly decisionNotes: readonly { causeId: CauseId; note: string }[]
  readonly beyondFlags: readonly { causeId: CauseId; note: string }[]
  readonly otherDiagnoses: readonly OtherDiagnosis[]
  readonly clinicalNote: string
}

/** The amendment's reason is trimmed by the door before it is counted. */
export const REASON_COUNTING = { trims: true } as const

/** Every field over its limit, in the order the screen shows them. */
export function tooLongFields(text: ReviewText): TooLongField[] {
  const found: TooLongField[] = []
  const check = (field: LongField, over: LengthOver | null) => {
    if (over) found.push({ ...field, ...over })
  }
  if (text.reason !== null) {
    check(
      { kind: 'reason' },
      lengthOver(AmendReviewSchema.shape.reason, text.reason, REASON_COUNTING),
    )
  }
  for (const { causeId, note } of text.decisionNotes) {
    check({ kind: 'decisionNote', causeId }, lengthOver(CauseDecisionSchema.shape.note, note))
  }
  for (const { causeId, note } of text.beyondFlags) {
    check({ kind: 'beyondComment', causeId }, lengthOver(CauseDecisionSchema.shape.note, note))
  }
  text.otherDiagnoses.forEach(({ text: diagnosis, note }, index) => {
    check({ kind: 'otherDiagnosis', index }, lengthOver(OtherDiagnosisSchema.shape.text, diagnosis))
    check({ kind: 'otherComment', index }, lengthOver(OtherDiagnosisSchema.shape.note, note))
  })
  check({ kind: 'clinicalNote' }, lengthOver(ClinicalNoteSchema, text.clinicalNote))
  return found
}

/** The form a field is in: the sign-off panel (and the cause cards) or the amendment. */
export type ReviewForm = 'signOff' | 'amend'

/** The id of a field's box, as DecisionControl, BeyondFlagsEditor and the panels set it. */
export function longFieldId(field: LongField, form: ReviewForm): string {
  const prefix = form === 'amend' ? 'amend' : 'sign-off'
  switch (field.kind) {
    case 'reason':
      return 'amend-reason'
    case 'decisionNote':
      return `${form === 'amend' ? 'amend' : 'decision'}-${field.causeId}-note`
    case 'beyondComment':
      return `${prefix}-beyond-${field.causeId}`
    case 'otherDiagnosis':
      return `${prefix}-other-${field.index}`
    case 'otherComment':
      return `${prefix}-other-note-${field.index}`
    case 'clinicalNote':
      return form === 'amend' ? 'amend-note' : 'clinical-note'
  }
}

/** Moves to a field's box (the cause cards' notes are far up the screen). */
export function focusLongField(field: LongField, form: ReviewForm): void {
  const box = document.getElementById(longFieldId(field, form))
  box?.scrollIntoView?.({ block: 'center' })
  box?.focus()
}

/** The words for a too-long field: its message (under its box and in refusals) and its name. */
export function useTooLongWords() {
  const { t, locale } = useI18n()
  const { numbers } = useLengthWords()
  const cause = (id: CauseId) => causeDefinition(id).name

  function message(field: TooLongField): string {
    const values = numbers(field)
    switch (field.kind) {
      case 'reason':
        return t('intakeReview.tooLong.reason', values)
      case 'decisionNote':
        return t('intakeReview.tooLong.decisionNote', { ...values, cause: cause(field.causeId) })
      case 'beyondComment':
        return t('intakeReview.tooLong.beyondComment', { ...values, cause: cause(field.causeId) })
      case 'otherDiagnosis':
        return t('intakeReview.tooLong.otherDiagnosis', values)
      case 'otherComment':
        return t('intakeReview.tooLong.otherComment', values)
      case 'clinicalNote':
        return t('intakeReview.tooLong.clinicalNote', values)
    }
  }

  function name(field: LongField): string {
    switch (field.kind) {
      case 'reason':
        return t('intakeReview.fieldName.reason')
      case 'decisionNote':
        return t('intakeReview.fieldName.decisionNote', { cause: cause(field.causeId) })
      case 'beyondComment':
        return t('intakeReview.fieldName.beyondComment', { cause: cause(field.causeId) })
      case 'otherDiagnosis':
        return t('intakeReview.fieldName.otherDiagnosis')
      case 'otherComment':
        return t('intakeReview.fieldName.otherComment')
      case 'clinicalNote':
        return t('intakeReview.fieldName.clinicalNote')
    }
  }

  /** The save line while autosave is held back: which fields, and that all is kept. */
  function notSaved(fields: readonly LongField[]): string {
    const names = new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(
      fields.map(name),
    )
    return t('intakeReview.save.tooLong', { fields: names }, fields.length)
  }

  return { message, name, notSaved }
}
