import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import { databaseFile } from '../dataDir'
import { checkDatabaseFile } from './checkDatabaseFile'

/** A backup copied beside the database and checked, ready to take its place. */
export interface PreparedRestore {
  readonly source: string
  readonly preparedFile: string
  readonly schemaVersion: number
}

const SIDE_FILES = ['-wal', '-shm'] as const

function stampOf(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/** Where the current database goes when a backup replaces it. */
export function asideNameFor(dataDir: string, now: Date): string {
  return `${databaseFile(dataDir)}.replaced-${stampOf(now)}`
}

/**
 * Copies the backup next to the database and runs the full check on that copy, so what was
 * checked is exactly what is moved into place. The live database is not touched.
 */
export function prepareRestore(
  dataDir: string,
  source: string,
  options: { readonly nativeBinding?: string } = {},
): PreparedRestore {
  const preparedFile = `${databaseFile(dataDir)}.restoring`
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${preparedFile}${suffix}`, { force: true })
  copyFileSync(source, preparedFile)
  try {
    const { schemaVersion } = checkDatabaseFile(preparedFile, options)
    return { source, preparedFile, schemaVersion }
  } catch (error) {
    for (const suffix of ['', ...SIDE_FILES]) rmSync(`${preparedFile}${suffix}`, { force: true })
    throw error
  }
}

/**
 * Puts a prepared backup in place. The current database (with its -wal and -shm, which belong
 * to it) is renamed aside with a timestamp, never deleted; the database must be closed first.
 * Returns the aside file's name (null when there was no database).
 */
export function swapInRestore(
  dataDir: string,
  prepared: PreparedRestore,
  now: Date,
): { readonly keptAsideAs: string | null; undo(): void } {
  const live = databaseFile(dataDir)
  const aside = asideNameFor(dataDir, now)
  const moved: [string, string][] = []
  if (existsSync(live)) {
    for (const suffix of ['', ...SIDE_FILES]) {
      if (!existsSync(`${live}${suffix}`)) continue
      renameSync(`${live}${suffix}`, `${aside}${suffix}`)
      moved.push([`${aside}${suffix}`, `${live}${suffix}`])
    }
  }
  renameSync(prepared.preparedFile, live)
  return {
    keptAsideAs: moved.length ? basename(aside) : null,
    /** Puts the previous database back (the restored one is kept as .restoring). */
    undo() {
      renameSync(live, prepared.preparedFile)
      for (const [from, to] of moved) renameSync(from, to)
    },
  }
}
