import type { Database } from 'better-sqlite3'
import { openDatabase } from './db/openDatabase'
import { databaseFile } from './dataDir'
import { createDispatcher } from './door/dispatcher'
import type { Dispatch } from './door/dispatcher'
import type { Logger } from './log'
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
  const dispatch = createDispatcher(
    { ...createPatientHandlers(createPatientRepository(db), now) },
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
