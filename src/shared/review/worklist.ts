// The clinician's worklist: which submitted intakes to show, in which order, a page at a time.
import { z } from 'zod'
import { CAUSE_IDS, HIGHEST_URGENCIES, RED_FLAG_IDS } from '../clinical/ids'
import { IntakeIdSchema } from '../intake/intakeRecord'
import { CalendarDateSchema } from '../patients/calendarDate'
import { PatientSchema } from '../patients/patient'
import { REVIEW_STATUSES } from './review'

/**
 * awaiting: submitted, not yet signed; most urgent first, then longest waiting.
 * reviewed: signed; most recently signed first.
 * all: both; most recently submitted first.
 */
export const WORKLIST_STATUSES = ['awaiting', 'reviewed', 'all'] as const
export type WorklistStatus = (typeof WORKLIST_STATUSES)[number]

/** Which date the date range applies to. */
export const WORKLIST_DATE_FIELDS = ['submitted', 'visit'] as const
export type WorklistDateField = (typeof WORKLIST_DATE_FIELDS)[number]

export const MAX_WORKLIST_PAGE = 100

export const WorklistQuerySchema = z
  .object({
    status: z.enum(WORKLIST_STATUSES).default('awaiting'),
    redFlag: z.enum(RED_FLAG_IDS).nullable().default(null),
    likelyCause: z.enum(CAUSE_IDS).nullable().default(null),
    dateField: z.enum(WORKLIST_DATE_FIELDS).default('submitted'),
    /** Calendar days on this computer's clock, both included. */
    from: CalendarDateSchema.nullable().default(null),
    to: CalendarDateSchema.nullable().default(null),
    /** Name prefixes, a date of birth (YYYY-MM-DD) or a record number, as in patient search. */
    patientQuery: z
      .string()
      .trim()
      .max(200, { error: 'Search text must be 200 characters or fewer' })
      .default(''),
    limit: z.int().min(1).max(MAX_WORKLIST_PAGE).default(25),
    offset: z.int().min(0).max(1_000_000).default(0),
  })
  .refine((q) => q.from === null || q.to === null || q.from <= q.to, {
    path: ['to'],
    error: 'The end date is before the start date',
  })
export type WorklistQueryInput = z.input<typeof WorklistQuerySchema>
export type WorklistQuery = z.output<typeof WorklistQuerySchema>

export const WorklistItemSchema = z.object({
  intakeId: IntakeIdSchema,
  status: z.enum(['submitted', 'reviewed']),
  visitDate: z.string(),
  submittedAt: z.string(),
  highestUrgency: z.enum(HIGHEST_URGENCIES),
  patient: PatientSchema.pick({
    id: true,
    givenName: true,
    familyName: true,
    dateOfBirth: true,
    recordNumber: true,
  }),
  /** In knowledge-base order. */
  likelyCauses: z.array(z.enum(CAUSE_IDS)),
  /** Most urgent first. */
  redFlags: z.array(z.enum(RED_FLAG_IDS)),
  painNow: z.int().nullable(),
  painWorstWeek: z.int().nullable(),
  /** Null until a clinician starts the review; 'in_progress' tells others someone has begun. */
  review: z.object({ status: z.enum(REVIEW_STATUSES), signedAt: z.string().nullable() }).nullable(),
})
export type WorklistItem = z.infer<typeof WorklistItemSchema>

/**
 * Counts stop here: a tab with this many or more says "1,000+". Counting exactly would walk
 * every matching intake on each page load, which after years of visits is most of them.
 */
export const WORKLIST_COUNT_LIMIT = 1000

const WorklistCountSchema = z.int().min(0).max(WORKLIST_COUNT_LIMIT)

/** Per status, exact below WORKLIST_COUNT_LIMIT; equal to it means "that many or more". */
export const WorklistCountsSchema = z.object({
  awaiting: WorklistCountSchema,
  reviewed: WorklistCountSchema,
  all: WorklistCountSchema,
})
export type WorklistCounts = z.infer<typeof WorklistCountsSchema>

export const WorklistPageSchema = z.object({
  items: z.array(WorklistItemSchema),
  /** Per status, with every other filter applied, so the tabs say what each would show. */
  counts: WorklistCountsSchema,
  offset: z.int().min(0),
  limit: z.int().min(1),
})
export type WorklistPage = z.infer<typeof WorklistPageSchema>
