import type { Database } from 'better-sqlite3-multiple-ciphers'
import { openDatabase } from './db/openDatabase'
import { createIdleCheckpoints } from './db/idleCheckpoints'
import { databaseFile } from './dataDir'
import { createDispatcher } from './door/dispatcher'
import type { Dispatch } from './door/dispatcher'
import type { Logger } from './log'
import { createAuditHandlers } from './audit/auditHandlers'
import { createAuditTrail } from './audit/auditTrail'
import type { AuditTrail } from './audit/auditTrail'
import { createAuthHandlers } from './auth/authHandlers'
import { createSessionRegistry } from './auth/sessionRegistry'
import type { SessionRegistry } from './auth/sessionRegistry'
import { createUserHandlers } from './auth/userHandlers'
import { createUserRepository } from './auth/userRepository'
import { createBackupHandlers } from './backups/backupHandlers'
import type { PreparedRestore } from './backups/restoreDatabase'
import { createSafetySettingsStore } from './backups/safetySettingsStore'
import type { SafetySettingsStore } from './backups/safetySettingsStore'
import { createIntakeHandlers } from './intakes/intakeHandlers'
import { createIntakeRepository } from './intakes/intakeRepository'
import { createPatientHandlers } from './patients/patientHandlers'
import { createPatientRepository } from './patients/patientRepository'
import { createReviewHandlers } from './reviews/reviewHandlers'
import { createReviewRepository } from './reviews/reviewRepository'
import { createWorklistRepository } from './reviews/worklistRepository'
import { createSettingsHandlers } from './settings/settingsHandlers'
import { createSettingsRepository } from './settings/settingsRepository'
import type { DesktopFileActions } from './summaries/desktopFileActions'
import { createSummaryHandlers } from './summaries/summaryHandlers'
import { createSummaryService } from './summaries/summaryService'
import type { InstallationKeys } from './storage/installationKeys'
import { loadOrCreateKeyFile } from './storage/keyFile'

export interface CoreOptions {
  readonly dataDir: string
  readonly log: Logger
  /**
   * This installation's keys (database encryption, audit chain, backup signatures). The desktop
   * shell passes keys kept in the OS keystore; absent, they come from the data folder's key file.
   */
  readonly keys?: InstallationKeys
  readonly nativeBinding?: string
  readonly now?: () => Date
  /** The desktop shell's save and print dialogs; absent in the browser shell and the CLI. */
  readonly desktopFileActions?: DesktopFileActions
  /**
   * The clock that idle locks and sign-in delays run on; `now` otherwise. Tests that move `now`
   * by hours to date records keep this one real, so their session does not lock meanwhile.
   */
  readonly sessionClock?: () => Date
  /** Seconds before the screen locks, overriding the admin's setting (tests, kiosks). */
  readonly idleLockOverrideSeconds?: number
  /** Set by the host, which swaps a checked backup in after the restore call is answered. */
  readonly onRestoreReady?: (prepared: PreparedRestore) => void
}

/** The services both shells share: the database, the repositories and the one door. */
export interface Core {
  readonly dispatch: Dispatch
  readonly db: Database
  /** Who is signed in to each shell session. */
  readonly sessions: SessionRegistry
  /** The append-only trail; the door writes calls, the host its own events (restores). */
  readonly audit: AuditTrail
  readonly safety: SafetySettingsStore
  readonly keys: InstallationKeys
  close(): void
}

export function openCore(options: CoreOptions): Core {
  const keys = options.keys ?? loadOrCreateKeyFile(options.dataDir)
  const db = openDatabase({
    file: databaseFile(options.dataDir),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  const now = options.now ?? (() => new Date())
  const patients = createPatientRepository(db)
  const intakes = createIntakeRepository(db)
  const reviews = createReviewRepository(db)
  const worklist = createWorklistRepository(db)
  const settings = createSettingsRepository(db)
  const users = createUserRepository(db)
  const summaries = createSummaryService(
    {
      intakes,
      patients,
      reviews,
      settings,
      personName: (id) => users.find(id)?.displayName ?? null,
    },
    now,
  )
  const audit = createAuditTrail(db, now)
  const safety = createSafetySettingsStore(options.dataDir)
  const idleLockOverrideSeconds = options.idleLockOverrideSeconds ?? null
  const sessionClock = options.sessionClock ?? now
  const sessions = createSessionRegistry({
    users,
    now: sessionClock,
    idleLockSeconds: () => idleLockOverrideSeconds ?? safety.get().idleLockMinutes * 60,
  })
  const checkpoints = createIdleCheckpoints(db, options.log)
  const door = createDispatcher({
    handlers: {
      // One line per feature: each contributes the handlers for its own channels.
      ...createAuthHandlers(users, sessions, sessionClock),
      ...createUserHandlers(users, now),
      ...createAuditHandlers(audit, now),
      ...createBackupHandlers({
        db,
        dataDir: options.dataDir,
        safety,
        now,
        idleLockOverrideSeconds,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        ...(options.onRestoreReady ? { onRestoreReady: options.onRestoreReady } : {}),
      }),
      ...createPatientHandlers(patients, now),
      ...createIntakeHandlers(intakes, patients, now),
      ...createReviewHandlers({ reviews, worklist, intakes, patients }, now),
      ...createSettingsHandlers(settings, now),
      ...createSummaryHandlers(summaries, options.desktopFileActions),
    },
    log: options.log,
    sessions,
    audit,
    // IMMEDIATE, as the trail's own appends: a CLI writing at the same moment waits its turn.
    transaction: (work) => db.transaction(work).immediate(),
  })
  // The write-ahead log goes back into the database file between calls, never during one.
  const dispatch: Dispatch = async (channel, payload, caller) => {
    const result = await door(channel, payload, caller)
    checkpoints.afterCall()
    return result
  }
  return {
    dispatch,
    db,
    sessions,
    audit,
    safety,
    keys,
    close() {
      checkpoints.stop()
      if (db.open) db.close()
    },
  }
}
