import { z } from 'zod'
import { DEFAULT_IDLE_LOCK_MINUTES } from '../auth/authStatus'
import { Sha256Schema } from './inspection'

export const DEFAULT_BACKUP_RETENTION = 14

/** An absolute path on Windows (C:\ or \\server\share) or elsewhere (/...). */
function isAbsolutePath(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path)
}

/**
 * Settings kept beside the database rather than in it, because they are needed when the database
 * itself cannot be opened: where the backups are, so the app can offer to restore one.
 */
export const SafetySettingsSchema = z.object({
  idleLockMinutes: z
    .int({ error: 'Enter a whole number of minutes' })
    .min(1, { error: 'Use 1 to 240 minutes' })
    .max(240, { error: 'Use 1 to 240 minutes' })
    .default(DEFAULT_IDLE_LOCK_MINUTES),
  backupFolder: z
    .string({ error: 'Enter a folder' })
    .trim()
    .min(1, { error: 'Enter a folder' })
    .max(1024, { error: 'This folder name is too long' })
    .refine(isAbsolutePath, { error: 'Enter the full path of the folder, e.g. D:\\Backups' }),
  backupRetention: z
    .int({ error: 'Enter a whole number' })
    .min(1, { error: 'Keep 1 to 365 backups' })
    .max(365, { error: 'Keep 1 to 365 backups' })
    .default(DEFAULT_BACKUP_RETENTION),
  dailyBackups: z.boolean().default(true),
})
export type SafetySettings = z.infer<typeof SafetySettingsSchema>

export const SafetySettingsViewSchema = SafetySettingsSchema.extend({
  /** Set when the shell was started with a shorter lock time (testing, kiosks); it wins. */
  idleLockOverrideSeconds: z.int().positive().nullable(),
})

/** A backup file's name in the backup folder: no folders, nothing but a .sqlite3 file. */
export const BackupNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.sqlite3$/, { error: 'Choose a backup from the list' })

export const BackupFileSchema = z.object({
  name: BackupNameSchema,
  /** When the file was written (its modification time). */
  createdAt: z.string(),
  sizeBytes: z.int().nonnegative(),
})
export type BackupFile = z.infer<typeof BackupFileSchema>

/** Why the backup folder could not be listed (see BackupList.folderProblem). */
export const BACKUP_FOLDER_PROBLEMS = ['missing', 'unreadable'] as const
export type BackupFolderProblem = (typeof BACKUP_FOLDER_PROBLEMS)[number]

export const BackupListSchema = z.object({
  folder: z.string(),
  /** Newest first. */
  backups: z.array(BackupFileSchema),
  /**
   * Why the folder could not be listed, as a code the screen words: it does not exist yet, or it
   * cannot be read (missing drive, no permission).
   */
  folderProblem: z.enum(BACKUP_FOLDER_PROBLEMS).nullable(),
})
export type BackupList = z.infer<typeof BackupListSchema>

export const RestoreRequestSchema = z.object({
  name: BackupNameSchema,
  /** The screen asks "are you sure"; the door insists on the answer. */
  confirm: z.literal(true, { error: 'Confirm the restore first' }),
  /**
   * For a backup this installation did not make: the fingerprint its inspection showed, so what
   * the admin looked at and confirmed is exactly what is restored.
   */
  confirmedSha256: Sha256Schema.optional(),
})

export const BackupNameRequestSchema = z.object({ name: BackupNameSchema })

export const RestoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** The replaced database file, kept beside the new one under this name. */
  keptAsideAs: z.string(),
  /** The full path of that file, to say where it is. */
  keptAsidePath: z.string(),
})
export type RestoreResult = z.infer<typeof RestoreResultSchema>
