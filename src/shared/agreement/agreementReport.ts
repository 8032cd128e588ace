// The agreement report: from this clinic's own signed reviews, how often the rules' flags turned
// out right. Plain JSON: it crosses IPC and HTTP and is printed by the CLI.
import { z } from 'zod'
import { CAUSE_IDS, RED_FLAG_IDS, URGENCIES } from '../clinical/ids'
import { CalendarDateSchema } from '../patients/calendarDate'

/**
 * Below this many reviews a proportion is not shown: "too few reviews to say". With 10, a 95%
 * interval is still about ±0.3 wide, which is as wide as is still worth reading.
 */
export const MINIMUM_REVIEWS_TO_SAY = 10

/** Engine versions look like 1.1.0; the filter takes one, or null for every version. */
export const EngineVersionSchema = z
  .string()
  .trim()
  .regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/, { error: 'Choose an engine version such as 1.1.0' })

export const AgreementQuerySchema = z
  .object({
    /** Calendar days of sign-off on this computer's clock, both included; absent = open. */
    from: CalendarDateSchema.nullable().default(null),
    to: CalendarDateSchema.nullable().default(null),
    /** The engine version of the stored assessment the clinician reviewed; null = all. */
    engineVersion: EngineVersionSchema.nullable().default(null),
  })
  .refine((q) => q.from === null || q.to === null || q.from <= q.to, {
    path: ['to'],
    error: 'The end date is before the start date',
  })
export type AgreementQueryInput = z.input<typeof AgreementQuerySchema>
export type AgreementQuery = z.output<typeof AgreementQuerySchema>

const CountSchema = z.int().nonnegative().safe()

/**
 * A proportion with its counts. `interval` (a 95% Wilson score interval around the estimate) is
 * null when `total` is below MINIMUM_REVIEWS_TO_SAY: too few reviews to say.
 */
export const ProportionSchema = z.object({
  successes: CountSchema,
  total: CountSchema,
  interval: z
    .object({
      estimate: z.number().min(0).max(1),
      low: z.number().min(0).max(1),
      high: z.number().min(0).max(1),
    })
    .nullable(),
})
export type Proportion = z.infer<typeof ProportionSchema>

/**
 * One tier (likely or possible) of one cause: how often the rules gave it, what the clinicians
 * decided, and the positive predictive value confirmed / (confirmed + ruled out). Causes left
 * open are not in the predictive value: the clinician has not decided either way yet.
 */
export const TierAgreementSchema = z.object({
  flagged: CountSchema,
  confirmed: CountSchema,
  ruledOut: CountSchema,
  leftOpen: CountSchema,
  predictiveValue: ProportionSchema,
})
export type TierAgreement = z.infer<typeof TierAgreementSchema>

export const CauseAgreementSchema = z.object({
  causeId: z.enum(CAUSE_IDS),
  likely: TierAgreementSchema,
  possible: TierAgreementSchema,
  /** Confirmed by the clinician though the rules rated it unlikely: what the rules missed. */
  confirmedUnlikely: CountSchema,
  /** Of all confirmed causes, those the rules flagged (likely or possible). */
  flaggedShare: ProportionSchema,
})
export type CauseAgreement = z.infer<typeof CauseAgreementSchema>

/** Whole minutes from submission to sign-off, over the intakes that raised the flag. */
export const WaitSchema = z.object({
  medianMinutes: z.int().nonnegative().safe(),
  p90Minutes: z.int().nonnegative().safe(),
})

export const RedFlagAgreementSchema = z.object({
  flagId: z.enum(RED_FLAG_IDS),
  urgency: z.enum(URGENCIES),
  raised: CountSchema,
  wait: WaitSchema,
})
export type RedFlagAgreement = z.infer<typeof RedFlagAgreementSchema>

export const AgreementReportSchema = z.object({
  query: z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    engineVersion: z.string().nullable(),
  }),
  /** Signed reviews counted (period, engine version, intakes still counted as reviewed). */
  reviews: CountSchema,
  /** Every engine version with a signed review, newest first, for the filter's list. */
  engineVersions: z.array(z.string()),
  minimumReviews: CountSchema,
  /** The thirteen causes in knowledge-base order. */
  causes: z.array(CauseAgreementSchema),
  /** Flags raised in the period, most urgent first, then knowledge-base order. */
  redFlags: z.array(RedFlagAgreementSchema),
})
export type AgreementReport = z.infer<typeof AgreementReportSchema>

export const AgreementExportSchema = z.object({
  fileName: z.string(),
  csv: z.string(),
  rows: CountSchema,
})
export type AgreementExport = z.infer<typeof AgreementExportSchema>
