// What a clinician decides about each cause the assessment flagged. Plain JSON: it is stored in
// SQLite, sent over IPC and HTTP, and signed.
import { z } from 'zod'
import type { Assessment } from '../clinical/assessment'
import { CAUSE_IDS } from '../clinical/ids'
import type { CauseId } from '../clinical/ids'

export const DECISIONS = ['confirm', 'rule_out', 'open'] as const
export type Decision = (typeof DECISIONS)[number]

export const MAX_DECISION_NOTE_CHARS = 2_000
export const MAX_CLINICAL_NOTE_CHARS = 20_000
export const MAX_AMENDMENT_REASON_CHARS = 2_000

const decisionNote = z.string().max(MAX_DECISION_NOTE_CHARS, {
  error: `A note must be ${MAX_DECISION_NOTE_CHARS} characters or fewer`,
})

export const ClinicalNoteSchema = z.string().max(MAX_CLINICAL_NOTE_CHARS, {
  error: `The clinical note must be ${MAX_CLINICAL_NOTE_CHARS} characters or fewer`,
})

/**
 * One cause's decision as the clinician left it. While the review is in progress the decision may
 * still be unchosen (null) and the note is kept exactly as typed, so saving never drops anything.
 */
export const CauseDecisionSchema = z.object({
  causeId: z.enum(CAUSE_IDS),
  decision: z.enum(DECISIONS).nullable(),
  note: decisionNote,
})
export type CauseDecision = z.infer<typeof CauseDecisionSchema>

export const CauseDecisionsSchema = z
  .array(CauseDecisionSchema)
  .max(CAUSE_IDS.length)
  .refine((list) => new Set(list.map((d) => d.causeId)).size === list.length, {
    error: 'Each cause can have one decision only',
  })

export const MAX_OTHER_DIAGNOSIS_CHARS = 200
export const MAX_OTHER_DIAGNOSES = 10

/**
 * A diagnosis outside the thirteen causes that the clinician confirmed, so that what the rules
 * cannot name is recorded too. Kept as typed while the review is in progress (it may still be
 * empty); sign-off and amendments need the text (reviewRules.ts).
 */
export const OtherDiagnosisSchema = z.object({
  text: z.string().max(MAX_OTHER_DIAGNOSIS_CHARS, {
    error: `A diagnosis must be ${MAX_OTHER_DIAGNOSIS_CHARS} characters or fewer`,
  }),
  note: decisionNote,
})
export type OtherDiagnosis = z.infer<typeof OtherDiagnosisSchema>

export const OtherDiagnosesSchema = z.array(OtherDiagnosisSchema).max(MAX_OTHER_DIAGNOSES, {
  error: `Record at most ${MAX_OTHER_DIAGNOSES} other diagnoses`,
})

/** The causes a clinician decides on: those the assessment flagged as likely or possible. */
export function flaggedCauseIds(assessment: Assessment): CauseId[] {
  return assessment.causes.filter((cause) => cause.tier !== 'unlikely').map((cause) => cause.id)
}

/** Flagged causes still without a chosen decision (sign-off and amendments need none left). */
export function undecidedCauseIds(
  assessment: Assessment,
  decisions: readonly CauseDecision[],
): CauseId[] {
  const decided = new Set(decisions.filter((d) => d.decision !== null).map((d) => d.causeId))
  return flaggedCauseIds(assessment).filter((id) => !decided.has(id))
}

/**
 * Causes the assessment did not flag that the clinician recorded as confirmed: what the rules
 * missed. A cause the rules did not flag can only be recorded as confirmed (reviewRules.ts).
 */
export function unflaggedConfirmedCauseIds(
  assessment: Assessment,
  decisions: readonly CauseDecision[],
): CauseId[] {
  const flagged = new Set(flaggedCauseIds(assessment))
  return decisions
    .filter((d) => !flagged.has(d.causeId) && d.decision === 'confirm')
    .map((d) => d.causeId)
}
