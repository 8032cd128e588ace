import type { Database } from 'better-sqlite3-multiple-ciphers'
import { closeDatabase, openDatabase } from './db/openDatabase'
import { scheduleBackgroundQuickCheck } from './db/backgroundQuickCheck'
import { createIdleCheckpoints } from './db/idleCheckpoints'
import { createCheckpointWorker } from './db/checkpointWorker'
import { taskProgress } from './db/startupProgress'
import type { OnStartupProgress } from './db/startupProgress'
import { databaseFile } from './dataDir'
import { createDispatcher } from './door/dispatcher'
import type { Dispatch } from './door/dispatcher'
import type { Logger } from './log'
import { createAgreementHandlers } from './agreement/agreementHandlers'
import { createAuditHandlers } from './audit/auditHandlers'
import { createAuditTrail } from './audit/auditTrail'
import type { AuditTrail } from './audit/auditTrail'
import { createAuthHandlers } from './auth/authHandlers'
import { createSessionRegistry } from './auth/sessionRegistry'
import type { SessionRegistry } from './auth/sessionRegistry'
import { createUserHandlers } from './auth/userHandlers'
import { createUserRepository } from './auth/userRepository'
import { createSignInFailures } from './auth/signInFailures'
import { storageAwareTrail, withStorageProblem } from './storageErrors/storageProblem'
import { createBackupHandlers } from './backups/backupHandlers'
import type { PreparedRestore } from './backups/restoreDatabase'
import { createSafetySettingsStore } from './backups/safetySettingsStore'
import type { SafetySettingsStore } from './backups/safetySettingsStore'
import { createIntakeHandlers } from './intakes/intakeHandlers'
import { createAlertHandlers } from './alerts/alertHandlers'
import { createAlertRepository } from './alerts/alertRepository'
import { createEventHub } from './events/eventHub'
import type { EventHub } from './events/eventHub'
import { createChangePublisher, databaseLookups } from './events/changePublisher'
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
import { createExportHandlers } from './summaries/exportHandlers'
import { createDemoHandlers } from './demo/demoHandlers'
import { createSummaryService } from './summaries/summaryService'
import { createPooledSummaryService } from './summaries/pool/pooledSummaryService'
import { createSummaryPool } from './summaries/pool/summaryPool'
import type { InstallationKeys } from './storage/installationKeys'
import { loadOrCreateKeyFile } from './storage/keyFile'
import { encryptPlaintextCopies } from './storage/encryptPlaintextCopies'
import { createPairingService } from './server/pairing/pairingService'
import type { PairingService } from './server/pairing/pairingService'
import { createWorkstationRepository } from './server/pairing/workstationRepository'
import { createWorkstationHandlers } from './server/pairing/workstationHandlers'
import { createFhirExporter } from './fhir/fhirExporter'
import { createFhirHandlers } from './fhir/fhirHandlers'
import { createFhirConsoleHandlers } from './fhir/fhirConsoleHandlers'
import { deviceSessionPrefix } from './http/deviceSessionKeys'

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
  /**
   * Called if the background quick_check finds the database damaged while the app runs; the
   * host takes the app to the recovery screen. Logged either way.
   */
  readonly onDatabaseDamaged?: () => void
  /** Wait before the background quick_check starts (tests shorten it). */
  readonly quickCheckDelayMs?: number
  /** The benchmark only: the same core on a plaintext database, to compare (see openDatabase). */
  readonly benchmarkWithoutEncryption?: boolean
  /**
   * Renders summary PDFs on the event loop instead of in the worker pool: the benchmark's
   * "before" figure and the tests that compare the two. Never set by the app.
   */
  readonly renderSummariesInline?: boolean
  /**
   * The slow one-time work of a first start after an upgrade (encryption, migrations, the audit
   * trail's hand-over), as it goes, so the shell can show it; see db/startupProgress.ts.
   */
  readonly onProgress?: OnStartupProgress
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
  /** What changed, after each call commits: the clinic server streams it to workstations. */
  readonly events: EventHub
  /** Paired workstations: the clinic server's pairing exchange and credential checks use it. */
  readonly workstations: PairingService
  close(): void
}

export function openCore(options: CoreOptions): Core {
  const keys = options.keys ?? loadOrCreateKeyFile(options.dataDir)
  const db = openDatabase({
    file: databaseFile(options.dataDir),
    keys,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.benchmarkWithoutEncryption ? { benchmarkWithoutEncryption: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
  const quickCheck = scheduleBackgroundQuickCheck({
    skip: options.benchmarkWithoutEncryption ?? false,
    db,
    key: keys.database,
    log: options.log,
    onDamaged: () => options.onDatabaseDamaged?.(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.quickCheckDelayMs !== undefined ? { delayMs: options.quickCheckDelayMs } : {}),
  })
  const now = options.now ?? (() => new Date())
  const patients = createPatientRepository(db)
  const intakes = createIntakeRepository(db)
  const reviews = createReviewRepository(db)
  const worklist = createWorklistRepository(db)
  const settings = createSettingsRepository(db)
  const users = createUserRepository(db)
  const alerts = createAlertRepository(db)
  // PDFs are laid out in worker threads, each reading the database on its own read-only
  // connection, so one long print never stalls another person's save.
  const summaryPool = createSummaryPool({
    file: databaseFile(options.dataDir),
    key: options.benchmarkWithoutEncryption ? null : keys.database,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  const summaries = options.renderSummariesInline
    ? createSummaryService(
        {
          intakes,
          patients,
          reviews,
          settings,
          personName: (id) => users.find(id)?.displayName ?? null,
        },
        now,
      )
    : createPooledSummaryService(summaryPool, now)
  // FHIR Bundles carry the same PDF the summary channels render, and stable ids per installation.
  const fhir = createFhirExporter({
    intakes,
    patients,
    reviews,
    summaries,
    personName: (id) => users.find(id)?.displayName ?? null,
    installationId: keys.installationId,
    now,
  })
  // Keyed with the installation's audit key, which never enters the database.
  const audit = createAuditTrail(db, now, {
    key: keys.audit,
    onHandoverProgress: taskProgress('audit-handover', options.onProgress),
  })
  const patientOfIntake = db
    .prepare<[number], number>('SELECT patient_id FROM intakes WHERE id = ?')
    .pluck()
  const patientOfReview = db
    .prepare<[number], number>(
      'SELECT i.patient_id FROM reviews r JOIN intakes i ON i.id = r.intake_id WHERE r.id = ?',
    )
    .pluck()
  const safety = createSafetySettingsStore(options.dataDir)
  // STORAGE: with the database encrypted, its older plaintext copies go too (see the function).
  if (!options.benchmarkWithoutEncryption) {
    encryptPlaintextCopies({
      dataDir: options.dataDir,
      backupFolder: safety.get().backupFolder,
      keys,
      log: options.log,
      onProgress: taskProgress('encrypt-copies', options.onProgress),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
  }
  const idleLockOverrideSeconds = options.idleLockOverrideSeconds ?? null
  const sessionClock = options.sessionClock ?? now
  const sessions = createSessionRegistry({
    users,
    now: sessionClock,
    idleLockSeconds: () => idleLockOverrideSeconds ?? safety.get().idleLockMinutes * 60,
  })
  const checkpointWorker = createCheckpointWorker({
    file: db.name,
    key: options.benchmarkWithoutEncryption ? null : keys.database,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  const checkpoints = createIdleCheckpoints(db, options.log, { run: checkpointWorker.checkpoint })
  const signInFailures = createSignInFailures(db, keys)
  const pairing = createPairingService({ db, workstations: createWorkstationRepository(db), now })
  // A full disk that stops the audit entry is told as such (see storageProblem.ts).
  const doorTrail = storageAwareTrail(audit)
  const door = createDispatcher({
    handlers: {
      // One line per feature: each contributes the handlers for its own channels.
      ...createAuthHandlers({
        users,
        sessions,
        failures: signInFailures,
        now: sessionClock,
        settings,
      }),
      ...createUserHandlers({ users, sessions, failures: signInFailures, now: sessionClock }),
      ...createAuditHandlers(audit, now),
      ...createBackupHandlers({
        db,
        dataDir: options.dataDir,
        keys,
        safety,
        now,
        idleLockOverrideSeconds,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        ...(options.onRestoreReady ? { onRestoreReady: options.onRestoreReady } : {}),
      }),
      ...createPatientHandlers(patients, now),
      ...createIntakeHandlers(intakes, patients, now, alerts),
      ...createAlertHandlers(alerts, now),
      ...createReviewHandlers({ reviews, worklist, intakes, patients }, now),
      ...createSettingsHandlers(settings, now),
      ...createSummaryHandlers(summaries, options.desktopFileActions),
      // The console's own channels (the CLI): export to a folder, demo data.
      ...createExportHandlers(db, summaries),
      ...createDemoHandlers(db, audit, now),
      ...createAgreementHandlers(db, now),
      ...createFhirHandlers({
        exporter: fhir,
        intakes,
        patients,
        desktop: options.desktopFileActions,
        now,
      }),
      ...createFhirConsoleHandlers(db, fhir),
      ...createWorkstationHandlers({
        pairing,
        // Everyone signed in on a revoked workstation is signed out there at once.
        onRevoked: (id) => {
          const prefix = deviceSessionPrefix(id)
          sessions.endSessionsWhere((key) => key.startsWith(prefix))
        },
      }),
    },
    log: options.log,
    sessions,
    audit: doorTrail,
    storageLocation: options.dataDir,
    // IMMEDIATE, as the trail's own appends: a CLI writing at the same moment waits its turn.
    transaction: (work) => db.transaction(work).immediate(),
    // Summaries (exports, prints) name their intake, so they resolve through it too.
    patientOf: (entityType, entityId) =>
      (entityType === 'intake'
        ? patientOfIntake.get(entityId)
        : entityType === 'review'
          ? patientOfReview.get(entityId)
          : null) ?? null,
  })
  const events = createEventHub({
    onListenerError: (error) => options.log.error('events.listener_failed', error),
  })
  const publishChanges = createChangePublisher(events, databaseLookups(db), options.log)
  // The write-ahead log goes back into the database file between calls, never during one.
  const dispatch: Dispatch = async (channel, payload, caller) => {
    const result = withStorageProblem(
      await door(channel, payload, caller),
      doorTrail.problem(),
      options.dataDir,
    )
    // A successful call has committed, with its audit entry: tell the workstations what changed.
    if (result.ok) publishChanges(channel, result.value)
    checkpoints.afterCall()
    try {
      // The signed checkpoint file follows the committed trail, once per call.
      audit.flushCheckpoint()
    } catch (error) {
      // A full disk must not end the process; the database keeps its own checkpoint.
      options.log.error('audit.checkpoint_file_failed', error)
    }
    return result
  }
  return {
    dispatch,
    db,
    sessions,
    audit,
    safety,
    keys,
    events,
    workstations: pairing,
    close() {
      checkpoints.stop()
      checkpointWorker.close()
      void quickCheck.stop()
      void summaryPool.close()
      audit.close()
      closeDatabase(db)
    },
  }
}
