// A clinician's review of one submitted intake: the decisions per flagged cause, a clinical note,
// sign-off, and amendments made after sign-off (each kept beside the signed original).
import { z } from 'zod'
import { AssessmentSchema } from '../clinical/assessment'
import { IntakeIdSchema, IntakeSchema } from '../intake/intakeRecord'
import { PatientIdSchema, PatientSchema } from '../patients/patient'
import {
  CauseDecisionsSchema,
  ClinicalNoteSchema,
  MAX_AMENDMENT_REASON_CHARS,
  OtherDiagnosesSchema,
} from './decisions'

export const REVIEW_STATUSES = ['in_progress', 'signed'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

const UserIdSchema = z.int().positive()
const VersionSchema = z.int().positive()

export const AmendmentSchema = z.object({
  id: z.int().positive(),
  reason: z.string(),
  decisions: CauseDecisionsSchema,
  otherDiagnoses: OtherDiagnosesSchema,
  clinicalNote: z.string(),
  amendedAt: z.string(),
  amendedBy: UserIdSchema.nullable(),
  /** The author's name when they amended. */
  amendedByName: z.string().nullable(),
})
export type Amendment = z.infer<typeof AmendmentSchema>

export const ReviewSchema = z.object({
  id: z.int().positive(),
  intakeId: IntakeIdSchema,
  patientId: PatientIdSchema,
  status: z.enum(REVIEW_STATUSES),
  /** As signed (or as saved so far); amendments never change these. */
  decisions: CauseDecisionsSchema,
  /** Diagnoses outside the thirteen causes, confirmed by the clinician. */
  otherDiagnoses: OtherDiagnosesSchema,
  clinicalNote: z.string(),
  /** Engine version of the stored assessment the clinician reviewed. */
  engineVersion: z.string(),
  createdAt: z.string(),
  createdBy: UserIdSchema.nullable(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedBy: UserIdSchema.nullable(),
  /** The signer's name when they signed. */
  signedByName: z.string().nullable(),
  version: VersionSchema,
  /** Oldest first; the last one is the review's current content. */
  amendments: z.array(AmendmentSchema),
})
export type Review = z.infer<typeof ReviewSchema>

export const ReviewRefSchema = z.object({ intakeId: IntakeIdSchema })

/** Saved as the clinician works. `version` is null for the first save of a new review. */
export const SaveReviewDraftSchema = z.object({
  intakeId: IntakeIdSchema,
  version: VersionSchema.nullable(),
  decisions: CauseDecisionsSchema,
  /** Optional so that callers made before other diagnoses existed keep working. */
  otherDiagnoses: OtherDiagnosesSchema.default([]),
  clinicalNote: ClinicalNoteSchema,
})
export type SaveReviewDraft = z.infer<typeof SaveReviewDraftSchema>

/** Signs exactly what is on the clinician's screen, saving it in the same step. */
export const SignOffSchema = SaveReviewDraftSchema
export type SignOff = SaveReviewDraft

export const AmendReviewSchema = z.object({
  intakeId: IntakeIdSchema,
  /** The newest amendment the clinician saw (null: none); a newer one means someone else amended. */
  basedOnAmendmentId: z.int().positive().nullable(),
  reason: z
    .string({ error: 'Give the reason for the amendment' })
    .trim()
    .min(1, { error: 'Give the reason for the amendment' })
    .max(MAX_AMENDMENT_REASON_CHARS, {
      error: `The reason must be ${MAX_AMENDMENT_REASON_CHARS} characters or fewer`,
    }),
  decisions: CauseDecisionsSchema,
  /** Optional so that callers made before other diagnoses existed keep working. */
  otherDiagnoses: OtherDiagnosesSchema.default([]),
  clinicalNote: ClinicalNoteSchema,
})
export type AmendReview = z.infer<typeof AmendReviewSchema>

/** Everything the review screen shows for one intake. */
export const ReviewScreenSchema = z.object({
  intake: IntakeSchema,
  patient: PatientSchema,
  review: ReviewSchema.nullable(),
  /**
   * The current engine's result for the same answers and patient, present only when the engine
   * version differs from the stored assessment's. Shown beside it; never stored or signed.
   */
  currentAssessment: AssessmentSchema.nullable(),
  /** Whether the caller may decide, sign and amend (clinicians); others see the record only. */
  canDecide: z.boolean(),
})
export type ReviewScreen = z.infer<typeof ReviewScreenSchema>
