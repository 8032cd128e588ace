// The engine's output. It is stored in SQLite as JSON, sent over IPC and signed by a clinician,
// so it is plain JSON validated by a zod schema. It holds ids and numbers only: names,
// descriptions, citations and codes are looked up by id (causeDefinition, redFlagDefinition).
import { z } from 'zod'
import { AnswerKeySchema } from '../intake/answers'
import { CAUSE_IDS, HIGHEST_URGENCIES, RED_FLAG_IDS, TIERS, URGENCIES } from './ids'

export { causeDefinition, redFlagDefinition } from './knowledgeBase'

/**
 * Version of the rules and numbers. Change it whenever any rule, weight, threshold, gate or red
 * flag changes, so that an assessment a clinician signed is never silently re-scored under
 * different rules. tests/unit/clinical/engineVersion.test.ts fails when the knowledge base
 * changes without an update here.
 */
export const ENGINE_VERSION = '1.1.0'

const points = z.number().min(0)

export const EvidenceSchema = z.strictObject({
  phrase: z.string().min(1),
  keys: z.array(AnswerKeySchema),
  points,
})
export type Evidence = z.infer<typeof EvidenceSchema>

/** Why a tier is lower than the points alone would give (a gate or a cap applied). */
export const TierLimitSchema = z.strictObject({
  phrase: z.string().min(1),
  keys: z.array(AnswerKeySchema),
})
export type TierLimit = z.infer<typeof TierLimitSchema>

export const CauseResultSchema = z.strictObject({
  id: z.enum(CAUSE_IDS),
  tier: z.enum(TIERS),
  points,
  maxPoints: z.number().positive(),
  evidence: z.array(EvidenceSchema),
  /** Unanswered questions whose answer could add points (or, for a gated cause, lift the tier). */
  unansweredKeys: z.array(AnswerKeySchema),
  limits: z.array(TierLimitSchema),
})
export type CauseResult = z.infer<typeof CauseResultSchema>

export const RedFlagEvidenceSchema = z.strictObject({
  phrase: z.string().min(1),
  keys: z.array(AnswerKeySchema),
})
export type RedFlagEvidence = z.infer<typeof RedFlagEvidenceSchema>

export const RedFlagResultSchema = z.strictObject({
  id: z.enum(RED_FLAG_IDS),
  urgency: z.enum(URGENCIES),
  /** The answers that raised the flag; never empty. */
  evidence: z.array(RedFlagEvidenceSchema).min(1),
})
export type RedFlagResult = z.infer<typeof RedFlagResultSchema>

export const AssessmentSchema = z.strictObject({
  engineVersion: z.string().min(1),
  /** Every cause, ordered by tier, then points as a share of the maximum, then SPEC order. */
  causes: z.array(CauseResultSchema),
  /** Raised flags only, ordered by urgency, then SPEC order. */
  redFlags: z.array(RedFlagResultSchema),
  highestUrgency: z.enum(HIGHEST_URGENCIES),
  /** Unanswered questions that could raise a flag not yet raised, most urgent flag first. */
  unansweredRedFlagKeys: z.array(AnswerKeySchema),
})
export type Assessment = z.infer<typeof AssessmentSchema>
