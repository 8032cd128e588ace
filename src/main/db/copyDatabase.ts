import type { Database } from 'better-sqlite3-multiple-ciphers'
import { createPrivateEmptyFile } from '../storage/fileModes'
import { runDatabaseTask, taskError } from './databaseWorker'

export interface CopyDatabaseOptions {
  /** The database key: the copy is made on a worker thread's own connection, keyed with it. */
  readonly key?: Buffer
  readonly nativeBinding?: string
}

/**
 * A consistent, encrypted copy of the open database at `destination` (0600), for backups.
 *
 * VACUUM INTO, not SQLite's backup API: with SQLCipher the backup API refuses to copy into a
 * file without the same key ("incompatible source and target"), and better-sqlite3 cannot key
 * the target, whereas VACUUM INTO writes the copy with the source's cipher and key. Given the
 * key, the copy runs on a worker thread (at clinic scale it takes seconds, and the app keeps
 * answering meanwhile); without it, on the app's own connection.
 */
export async function copyDatabaseInto(
  db: Database,
  destination: string,
  options: CopyDatabaseOptions = {},
): Promise<void> {
  createPrivateEmptyFile(destination)
  if (!options.key) {
    db.prepare('VACUUM INTO ?').run(destination)
    return
  }
  const outcome = await runDatabaseTask({
    file: db.name,
    key: options.key,
    task: { kind: 'vacuum_into', destination },
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  }).outcome
  if (!outcome.ok) throw taskError(outcome, 'The copy of the database could not be written.')
}
