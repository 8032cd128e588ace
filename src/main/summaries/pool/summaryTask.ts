import { z } from 'zod'
import { ERROR_CODES } from '../../../shared/contract/errorCodes'

/**
 * What crosses between the app and a summary worker. Both sides parse with these schemas: the
 * worker is a boundary like any other, and a mismatch between a stale worker build and the
 * app must fail loudly instead of rendering the wrong thing.
 */

/** Given to every worker once, when it starts. */
export const summaryWorkerSetupSchema = z.object({
  /** The database file, opened read-only by each worker. */
  file: z.string().min(1),
  /** The installation's database key; null only for the benchmark's plaintext database. */
  key: z.instanceof(Uint8Array).nullable(),
  /** The desktop shell's better-sqlite3 build compiled for Electron. */
  nativeBinding: z.string().nullable(),
})
export type SummaryWorkerSetup = z.infer<typeof summaryWorkerSetupSchema>

/** One summary to render. */
export const summaryTaskSchema = z.object({
  intakeId: z.number().int().safe().positive(),
  /** The "generated at" line, from the app's clock (tests pin it), as an ISO timestamp. */
  generatedAt: z.iso.datetime(),
  /** "Include every question": every question of the form appended after the summary. */
  fullAnswers: z.boolean(),
})
export type SummaryTask = z.infer<typeof summaryTaskSchema>

/**
 * The worker's answer. A missing intake or a draft comes back as a typed refusal with its
 * plain-English message, code and params, so the door answers exactly as it would for an inline render; anything
 * else is thrown and becomes an internal error with a reference.
 */
export const summaryOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), fileName: z.string().min(1), pdf: z.instanceof(Uint8Array) }),
  z.object({
    ok: z.literal(false),
    kind: z.enum(['not_found', 'conflict']),
    message: z.string(),
    // What exactly went wrong, so the screen words it as it would an inline render's refusal.
    code: z.enum(ERROR_CODES).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
])
export type SummaryOutcome = z.infer<typeof summaryOutcomeSchema>
