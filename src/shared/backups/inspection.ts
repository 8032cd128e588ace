import { z } from 'zod'

/** A SHA-256 fingerprint, lower-case hex: what an admin confirms is exactly what is restored. */
export const Sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'Inspect the backup first' })

/**
 * Where a backup came from, as far as its signature (`<backup>.sig.json`) tells:
 * made by this installation and unchanged since; signed by another installation; signed as
 * ours but changed since (or a signature that does not hold); or no signature at all (a copy
 * from elsewhere, or a backup from a version before signatures).
 */
export const BackupOriginSchema = z.enum([
  'this_installation',
  'other_installation',
  'signature_invalid',
  'unsigned',
])
export type BackupOrigin = z.infer<typeof BackupOriginSchema>

export const BackupAccountSchema = z.object({
  username: z.string(),
  role: z.string(),
  disabled: z.boolean(),
})

/**
 * What a backup holds, read from a checked copy without running anything it carries, so an
 * admin can see where it came from before restoring it (an extra admin account stands out).
 */
export const BackupInspectionSchema = z.object({
  name: z.string(),
  sha256: Sha256Schema,
  origin: BackupOriginSchema,
  /** The installation named by its signature, if it has one. */
  installationId: z.string().nullable(),
  /** When the signature says it was made; null without a signature. */
  createdAt: z.string().nullable(),
  schemaVersion: z.int().nonnegative(),
  patients: z.int().nonnegative(),
  intakes: z.int().nonnegative(),
  accounts: z.array(BackupAccountSchema),
  /** Whether its audit trail could be checked with this installation's key and holds. */
  auditTrail: z.enum(['intact', 'not_verified']),
  /** True unless this installation made it: restoring then needs `confirmedSha256`. */
  needsConfirmation: z.boolean(),
})
export type BackupInspection = z.infer<typeof BackupInspectionSchema>
