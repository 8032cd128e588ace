import { z } from 'zod'
import { Sha256Schema } from '../backups/inspection'

/**
 * The inputs and replies of the console channels (the CLI on the server). Paths are absolute:
 * the CLI resolves what was typed against its own working folder before calling the door.
 */
export const AbsolutePathSchema = z
  .string()
  .min(1, { error: 'Give a path' })
  .max(4096, { error: 'This path is too long' })
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), { error: 'Give a full path' })

export const SeedDemoRequestSchema = z.object({
  patients: z
    .int({ error: 'Give a whole number of patients' })
    .min(1, { error: 'Add 1 to 1000000 patients' })
    .max(1_000_000, { error: 'Add 1 to 1000000 patients' }),
})

export const SeedDemoResultSchema = z.object({
  patientsCreated: z.int().nonnegative(),
  drafts: z.int().nonnegative(),
  submitted: z.int().nonnegative(),
  reviewed: z.int().nonnegative(),
})

const ExportIntakeIdSchema = z.int().safe().positive()
const PdfFileNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.pdf$/)

export const ExportPlanRequestSchema = z.object({
  selection: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('one'), intakeId: ExportIntakeIdSchema }),
    z.object({ kind: z.literal('all') }),
  ]),
})

export const ExportPlanSchema = z.object({
  items: z.array(z.object({ intakeId: ExportIntakeIdSchema, fileName: PdfFileNameSchema })),
  /** Drafts have no summary; "all" passes over them and says how many. */
  skippedDrafts: z.int().nonnegative(),
})

export const ExportToFolderRequestSchema = z.object({
  intakeId: ExportIntakeIdSchema,
  folder: AbsolutePathSchema,
  fileName: PdfFileNameSchema,
  /** export-pdf --full-answers: every question appended; absent, the two-page summary alone. */
  fullAnswers: z.boolean().default(false),
})

export const ExportedFileSchema = z.object({
  intakeId: ExportIntakeIdSchema,
  patientId: z.int().safe().positive(),
  file: z.string(),
})

export const BackupToFileRequestSchema = z.object({ file: AbsolutePathSchema })

export const BackupWrittenSchema = z.object({
  file: z.string(),
  sizeBytes: z.int().nonnegative(),
})

export const BackupFileRequestSchema = z.object({ file: AbsolutePathSchema })

export const RestoreFileRequestSchema = z.object({
  file: AbsolutePathSchema,
  /** For a backup this installation did not make: the fingerprint its inspection showed. */
  confirmedSha256: Sha256Schema.optional(),
})

export const UnlockUserRequestSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, { error: 'Give a username' }).max(64),
})
