import { z } from 'zod'
import { UNAUTHENTICATED_REASONS } from '../auth/authStatus'

/**
 * Every failure crosses the one door as one of these typed results, never as a thrown error, so
 * the renderer can show a field message, a "not found" page or a retry prompt without guessing.
 */
export const FieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  /**
   * What kind of problem, so the renderer can word it in the user's language: zod's issue code
   * ("invalid_value", "too_small"...) or a rule's own ("screening_required"). Optional: older
   * servers and hand-made issues have none, and then the message is shown.
   */
  code: z.string().max(64).optional(),
  /**
   * Small values the code's wording names, such as how many answers an item had or the choices
   * it allows (never patient data). Optional, like the code.
   */
  params: z
    .record(z.string().max(64), z.union([z.string().max(1000), z.number()]))
    .refine((params) => Object.keys(params).length <= 8, 'Too many issue params')
    .optional(),
})
export type FieldIssue = z.infer<typeof FieldIssueSchema>

function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') {
    const own: unknown = issue.params?.['code']
    if (typeof own === 'string') return own
  }
  return issue.code
}

/** zod's issues as field issues; the form and the one door report problems the same way. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
    code: issueCode(issue),
  }))
}

/**
 * What exactly went wrong (see errorCodes.ts) and the small values its wording needs, for the
 * renderer to word in the user's language. Optional, and the code is any short string, so older
 * servers and newer codes both still parse: without a known code the kind's wording is shown.
 */
const coded = {
  code: z.string().max(64).optional(),
  params: z
    .record(z.string().max(64), z.union([z.string().max(1000), z.number()]))
    .refine((params) => Object.keys(params).length <= 8, 'Too many error params')
    .optional(),
}

export const RpcErrorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('validation'),
    message: z.string(),
    issues: z.array(FieldIssueSchema),
  }),
  z.object({ kind: z.literal('bad_request'), message: z.string(), ...coded }),
  z.object({ kind: z.literal('not_found'), message: z.string(), ...coded }),
  z.object({ kind: z.literal('conflict'), message: z.string(), ...coded }),
  z.object({ kind: z.literal('forbidden'), message: z.string(), ...coded }),
  z.object({
    kind: z.literal('unauthenticated'),
    message: z.string(),
    // Optional so a plain "sign in first" needs neither; the sign-in screen words each reason.
    reason: z.enum(UNAUTHENTICATED_REASONS).optional(),
    retryAfterSeconds: z.int().nonnegative().optional(),
    // Why the server ended the session (SESSION_END_CODES), when it remembers.
    ...coded,
  }),
  // The disk, not the data: full, or not writable. Nothing saved before is lost, and what the
  // person typed stays on screen to save again once there is room.
  z.object({
    kind: z.literal('storage'),
    message: z.string(),
    reason: z.enum(['disk_full', 'read_only']),
    // Where the data lives ("the app's data folder", a path), named in the wording.
    params: z.object({ location: z.string().max(1000) }).optional(),
  }),
  // `ref` lets support match a report to the server log without the user seeing internals.
  z.object({ kind: z.literal('internal'), message: z.string(), ref: z.string() }),
])
export type RpcError = z.infer<typeof RpcErrorSchema>
export type RpcErrorKind = RpcError['kind']

/**
 * The `ref` of an `internal` error that no server made: the transport (the browser's fetch, the
 * desktop's pinned HTTPS calls) got no answer, or the server showed another certificate than the
 * one pinned. The renderer shows its "unreachable, retrying" state or the certificate warning on
 * these, and words them as such instead of as an error with a log reference.
 */
export const NETWORK_REF = 'network'
export const CERTIFICATE_REF = 'certificate'

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError }

/** Schema for a result envelope whose value matches `value`. */
export function rpcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: RpcErrorSchema }),
  ])
}
