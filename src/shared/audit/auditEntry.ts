import { z } from 'zod'
import { CalendarDateSchema } from '../patients/calendarDate'

/**
 * What an audit entry says happened. Channels name theirs in the contract (`audit`); the
 * sign-in events, refusals, backups and restores are recorded by the door and the host.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'view',
  'export',
  'print',
  'sign',
  'amend',
  // An emergency alert seen and taken on by a clinician.
  'acknowledge',
  // An intake marked as wrong (kept, with the reason, and left out of every list).
  'entered_in_error',
  'sign_in',
  'sign_out',
  'lock',
  'unlock',
  'refused',
  'backup',
  'restore',
] as const
export const AuditActionSchema = z.enum(AUDIT_ACTIONS)
export type AuditAction = z.infer<typeof AuditActionSchema>

/** Actions a channel can declare; refusals are recorded for every channel by the door. */
export type ChannelAuditAction = Exclude<AuditAction, 'refused'>

/** `ok`, or the kind of error the call ended with (forbidden, unauthenticated, not_found, ...). */
export const AuditOutcomeSchema = z.string().regex(/^[a-z_]{1,32}$/)

/**
 * One row of the trail: who, when, what, which record and how it ended. Only ids and codes:
 * never a patient's name or answers, so the trail can be read and exported without exposing them.
 */
export const AuditEntrySchema = z.object({
  id: z.int().positive(),
  at: z.string(),
  userId: z.int().nullable(),
  username: z.string().nullable(),
  shell: z.enum(['desktop', 'browser', 'cli']),
  action: AuditActionSchema,
  /** The contract channel called, e.g. `intakes.get`; null for events outside a call. */
  channel: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.int().nullable(),
  patientId: z.int().nullable(),
  outcome: AuditOutcomeSchema,
  /** A short code that explains the outcome (`wrong_credentials`, `idle`, `replaced`, ...). */
  detail: z.string().nullable(),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>

export const AuditFilterSchema = z
  .object({
    userId: z.int().positive().optional(),
    action: AuditActionSchema.optional(),
    /** Local calendar days, inclusive. */
    from: CalendarDateSchema.optional(),
    to: CalendarDateSchema.optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    error: 'The end date must be on or after the start date',
    path: ['to'],
  })
export type AuditFilter = z.infer<typeof AuditFilterSchema>

export const AuditPageQuerySchema = z.object({
  filter: AuditFilterSchema.default({}),
  /** Entries older than this id (the last one of the previous page). */
  beforeId: z.int().positive().optional(),
  limit: z.int().min(1).max(500).default(100),
})

export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  hasMore: z.boolean(),
  /** Every user ever named in the trail, for the filter's list. */
  users: z.array(z.object({ id: z.int(), username: z.string() })),
})
export type AuditPage = z.infer<typeof AuditPageSchema>

/**
 * What verifying the trail can find wrong. `edited`: an entry's hash does not match its content
 * under the installation's key; `missing`: entries were removed (a gap, or fewer than a
 * checkpoint recorded); `out_of_order`: entries were moved; `added`: an entry the app did not
 * write; `checkpoint_missing`: a trail that has had entries lost its checkpoint (the file beside
 * the database or the database's own); `checkpoint_invalid`: a checkpoint not signed with this
 * installation's key.
 */
export const AUDIT_PROBLEMS = [
  'edited',
  'missing',
  'out_of_order',
  'added',
  'checkpoint_missing',
  'checkpoint_invalid',
] as const
export const AuditProblemSchema = z.enum(AUDIT_PROBLEMS)
export type AuditProblem = z.infer<typeof AuditProblemSchema>

/**
 * Set when a confirmed restore brought in a trail from another installation: entries 1 to this
 * id were keyed with that installation's key, so this one cannot check them ("imported
 * unverified"); what `intact` says covers the entries after it.
 */
const importedThrough = z.int().positive().optional()

export const AuditVerificationSchema = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), entries: z.int().nonnegative(), importedThrough }),
  z.object({
    intact: z.literal(false),
    entries: z.int().nonnegative(),
    importedThrough,
    /** The first entry that does not follow from the one before it; null for a checkpoint. */
    firstBadId: z.int().positive().nullable(),
    problem: AuditProblemSchema,
  }),
])
export type AuditVerification = z.infer<typeof AuditVerificationSchema>

export const AuditExportSchema = z.object({
  fileName: z.string(),
  csv: z.string(),
  rows: z.int().nonnegative(),
})
