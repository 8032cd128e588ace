import { defineChannel } from '../channel'
import { UserSchema } from '../../auth/user'
import { BackupInspectionSchema } from '../../backups/inspection'
import { RestoreResultSchema } from '../../backups/backups'
import {
  BackupFileRequestSchema,
  BackupToFileRequestSchema,
  BackupWrittenSchema,
  ExportedFileSchema,
  ExportPlanRequestSchema,
  ExportPlanSchema,
  ExportToFolderRequestSchema,
  RestoreFileRequestSchema,
  SeedDemoRequestSchema,
  SeedDemoResultSchema,
  UnlockUserRequestSchema,
} from '../../console/console'

/**
 * What the CLI does on the server, through the same door as the screens: validated here,
 * refused to every screen (no roles), audited with the shell `cli`. Anyone who can run these
 * can already read and write the data folder on that computer; the door still checks and
 * records every call. `users.create` is console-callable too (the first admin of a server).
 */
export const consoleChannels = {
  /** Obviously fake patients and intakes; each record created is audited. */
  'demo.seed': defineChannel({
    input: SeedDemoRequestSchema,
    output: SeedDemoResultSchema,
    roles: [],
    console: true,
    audit: 'create',
  }),
  /** Which submitted intakes an export covers, and their file names. */
  'summaries.exportPlan': defineChannel({
    input: ExportPlanRequestSchema,
    output: ExportPlanSchema,
    roles: [],
    console: true,
  }),
  /** Writes one intake's summary PDF into a folder on the server (0600). */
  'summaries.exportToFolder': defineChannel({
    input: ExportToFolderRequestSchema,
    output: ExportedFileSchema,
    roles: [],
    console: true,
    audit: 'export',
  }),
  /** An online backup to a file of the admin's choosing, signed by this installation. */
  'backups.writeTo': defineChannel({
    input: BackupToFileRequestSchema,
    output: BackupWrittenSchema,
    roles: [],
    console: true,
    audit: 'backup',
  }),
  'backups.inspectFile': defineChannel({
    input: BackupFileRequestSchema,
    output: BackupInspectionSchema,
    roles: [],
    console: true,
  }),
  'backups.restoreFile': defineChannel({
    input: RestoreFileRequestSchema,
    output: RestoreResultSchema,
    roles: [],
    console: true,
    audit: 'restore',
  }),
  /** Lifts a sign-in lockout, so an admin locked out by guessing can always get back in. */
  'users.unlock': defineChannel({
    input: UnlockUserRequestSchema,
    output: UserSchema,
    roles: ['admin'],
    console: true,
    audit: 'update',
  }),
} as const
