import type { Database } from 'better-sqlite3'
import { openDatabase } from './db/openDatabase'
import { databaseFile } from './dataDir'
import { createDispatcher } from './door/dispatcher'
import type { Dispatch } from './door/dispatcher'
import type { Logger } from './log'
import { createIntakeHandlers } from './intakes/intakeHandlers'
import { createIntakeRepository } from './intakes/intakeRepository'
import { createPatientHandlers } from './patients/patientHandlers'
import { createPatientRepository } from './patients/patientRepository'

export interface CoreOptions {
  readonly dataDir: string
  readonly log: Logger
  readonly nativeBinding?: string
  readonly now?: () => Date
}

/** The services both shells share: the database, the repositories and the one door. */
export interface Core {
  readonly dispatch: Dispatch
  readonly db: Database
  close(): void
}

export function openCore(options: CoreOptions): Core {
  const db = openDatabase({
    file: databaseFile(options.dataDir),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  const now = options.now ?? (() => new Date())
  const patients = createPatientRepository(db)
  const intakes = createIntakeRepository(db)
  const dispatch = createDispatcher(
    {
      // One line per feature: each contributes the handlers for its own channels.
      ...createPatientHandlers(patients, now),
      ...createIntakeHandlers(intakes, patients, now),
    },
    options.log,
  )
  return {
    dispatch,
    db,
    close() {
      if (db.open) db.close()
    },
  }
}
