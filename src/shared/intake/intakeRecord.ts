import { z } from 'zod'
import { AssessmentSchema } from '../clinical/assessment'
import { HIGHEST_URGENCIES } from '../clinical/ids'
import { CalendarDateSchema, localToday } from '../patients/calendarDate'
import { PatientIdSchema, PatientSchema } from '../patients/patient'
import { AnswersSchema } from './answers'
import { refineScreening } from './screening'

/**
 * `discarded`: a draft front desk threw away; `entered_in_error`: a submitted or reviewed intake a
 * clinician or administrator marked as wrong. Both are kept, never deleted, and never listed.
 */
export const INTAKE_STATUSES = [
  'draft',
  'submitted',
  'reviewed',
  'discarded',
  'entered_in_error',
] as const
export type IntakeStatus = (typeof INTAKE_STATUSES)[number]

export const IntakeIdSchema = z.int().positive()

export const VisitDateSchema = CalendarDateSchema.refine((d) => d <= localToday(), {
  error: 'The visit date cannot be in the future',
})

/** Upper bound on one saved draft, far above a full intake with long notes. */
export const MAX_DRAFT_CHARS = 200_000

/**
 * The longest text one draft box keeps: twice the longest answer allowed, so an over-long answer
 * is still saved (and flagged at its field) while a runaway paste cannot stop the rest of the
 * draft from saving.
 */
export const MAX_DRAFT_TEXT_CHARS = 20_000

const draftValue = z.union([
  z.string().max(MAX_DRAFT_TEXT_CHARS),
  // Any number a person could type, but no 1e300: every number in the contract is bounded.
  z.number().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  z.boolean(),
  z.null(),
  z.array(z.string().max(64)).max(64),
])

/**
 * A draft is what staff have typed so far, exactly as typed, even if it would not pass the
 * answer schema yet (e.g. "11" in a 0-10 box): saving it must never drop anything. The answer
 * schema applies at submit.
 */
export const DraftValuesSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/), draftValue)
  .refine((values) => JSON.stringify(values).length <= MAX_DRAFT_CHARS, {
    error: 'This draft is too large to save; shorten the longest text',
  })
export type DraftValues = z.infer<typeof DraftValuesSchema>

export const StartIntakeSchema = z.object({
  patientId: PatientIdSchema,
  visitDate: VisitDateSchema.optional(),
})

export const SaveDraftSchema = z.object({
  id: IntakeIdSchema,
  version: z.int().positive(),
  /** The form step staff were on, so a resumed draft opens where they left off. */
  step: z.string().max(64),
  values: DraftValuesSchema,
})

export const SaveDraftResultSchema = z.object({
  id: IntakeIdSchema,
  version: z.int().positive(),
  updatedAt: z.string(),
})

export const SubmitIntakeSchema = z.object({
  id: IntakeIdSchema,
  version: z.int().positive(),
  // The four cauda equina questions cannot be skipped by accident (see screening.ts).
  answers: AnswersSchema.superRefine(refineScreening),
})

/** Why a clinician says an intake is wrong: required, in their words, stored as trimmed. */
export const EnteredInErrorReasonSchema = z
  .string()
  .trim()
  .min(3, { error: 'Say in a few words why this intake is wrong (at least 3 characters)' })
  .max(500, { error: 'Keep the reason to 500 characters or fewer' })

export const MarkEnteredInErrorSchema = z.object({
  id: IntakeIdSchema,
  reason: EnteredInErrorReasonSchema,
})

/** Who marked an intake entered in error, when, and why: shown wherever the intake still is. */
export const EnteredInErrorSchema = z.object({
  at: z.string(),
  byName: z.string().nullable(),
  reason: z.string(),
})
export type EnteredInError = z.infer<typeof EnteredInErrorSchema>

export const MarkEnteredInErrorResultSchema = z.object({
  intakeId: IntakeIdSchema,
  enteredInError: EnteredInErrorSchema,
  /** The emergency alert closed with it, if one was still open. */
  closedAlertId: z.int().positive().nullable(),
})

export const IntakeSchema = z.object({
  id: IntakeIdSchema,
  patientId: PatientIdSchema,
  status: z.enum(INTAKE_STATUSES),
  visitDate: z.string(),
  step: z.string(),
  values: DraftValuesSchema,
  /** Validated answers; present once submitted. */
  answers: AnswersSchema.nullable(),
  /** The assessment stored at submit, with the engine version it was made with. */
  assessment: AssessmentSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.int().nullable(),
  /** The submitting staff member's display name, for the screens and the summary. */
  submittedByName: z.string().nullable(),
  /** Set when the intake was marked entered in error; null otherwise. */
  enteredInError: EnteredInErrorSchema.nullable(),
  version: z.int().positive(),
})
export type Intake = z.infer<typeof IntakeSchema>

export const IntakeWithPatientSchema = z.object({
  intake: IntakeSchema,
  patient: PatientSchema,
})
export type IntakeWithPatient = z.infer<typeof IntakeWithPatientSchema>

export const DraftListItemSchema = z.object({
  id: IntakeIdSchema,
  visitDate: z.string(),
  step: z.string(),
  updatedAt: z.string(),
  /** The version a discard from the list is checked against (someone may be typing in it). */
  version: z.int().positive(),
  patient: PatientSchema.pick({ id: true, givenName: true, familyName: true, dateOfBirth: true }),
})
export type DraftListItem = z.infer<typeof DraftListItemSchema>

/** One line of a patient's intake history: enough to chart pain over time. */
export const IntakeHistoryItemSchema = z.object({
  id: IntakeIdSchema,
  status: z.enum(INTAKE_STATUSES),
  visitDate: z.string(),
  submittedAt: z.string().nullable(),
  highestUrgency: z.enum(HIGHEST_URGENCIES).nullable(),
  painNow: z.int().nullable(),
  painWorstWeek: z.int().nullable(),
  painAverageWeek: z.int().nullable(),
  /** Kept in the history, struck through, and left out of the pain-over-time chart. */
  enteredInError: EnteredInErrorSchema.nullable(),
})
export type IntakeHistoryItem = z.infer<typeof IntakeHistoryItemSchema>
