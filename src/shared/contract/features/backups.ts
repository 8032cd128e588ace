import { z } from 'zod'
import { defineChannel } from '../channel'
import { ALL_ROLES } from '../roles'
import { BackupInspectionSchema } from '../../backups/inspection'
import {
  BackupFileSchema,
  BackupNameRequestSchema,
  BackupListSchema,
  RestoreRequestSchema,
  RestoreResultSchema,
  SafetySettingsSchema,
  SafetySettingsViewSchema,
} from '../../backups/backups'

const nothing = z.object({})

// Backups, restore and the lock/backup settings are an administrator's job.
export const backupChannels = {
  'backups.list': defineChannel({
    input: nothing,
    output: BackupListSchema,
    roles: ['admin'],
  }),
  'backups.run': defineChannel({
    input: nothing,
    output: BackupFileSchema,
    roles: ['admin'],
    audit: 'backup',
  }),
  /**
   * Checks a backup on a copy and says what it holds and where it came from, running nothing it
   * carries; a backup this installation did not make is restored only with its fingerprint.
   */
  'backups.inspect': defineChannel({
    input: BackupNameRequestSchema,
    output: BackupInspectionSchema,
    roles: ['admin'],
  }),
  /** Checks the backup, keeps the current database aside, then replaces it; everyone signs in again. */
  'backups.restore': defineChannel({
    input: RestoreRequestSchema,
    output: RestoreResultSchema,
    roles: ['admin'],
    audit: 'restore',
  }),
  'safety.getSettings': defineChannel({
    input: nothing,
    output: SafetySettingsViewSchema,
    roles: ['admin'],
  }),
  'safety.saveSettings': defineChannel({
    input: SafetySettingsSchema,
    output: SafetySettingsViewSchema,
    roles: ['admin'],
    audit: 'update',
  }),
  // The damaged-database screen: there are no accounts to check while the database cannot be
  // opened, so these are public, answer only in that state, and only restore the clinic's own
  // backups from the configured folder (the damaged file is kept aside, never deleted).
  'recovery.listBackups': defineChannel({
    input: nothing,
    output: BackupListSchema,
    roles: ALL_ROLES,
    public: true,
  }),
  'recovery.inspect': defineChannel({
    input: BackupNameRequestSchema,
    output: BackupInspectionSchema,
    roles: ALL_ROLES,
    public: true,
  }),
  'recovery.restore': defineChannel({
    input: RestoreRequestSchema,
    output: RestoreResultSchema,
    roles: ALL_ROLES,
    public: true,
  }),
} as const
