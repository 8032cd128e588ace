import { chmodSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Folders the app writes: its own account only. */
export const PRIVATE_FOLDER_MODE = 0o700
/** Files the app writes (database, WAL, backups, copies, keys, exports): its own account only. */
export const PRIVATE_FILE_MODE = 0o600

/**
 * What every entry point runs first, so that anything the process creates afterwards (by
 * SQLite, pdfmake, Chromium or our own code) is readable by this account only, whatever the
 * code creating it asks for.
 */
export function restrictNewFiles(): void {
  process.umask(0o077)
}

/**
 * Makes the data folder and what is in it private: an installation upgraded from a build that
 * wrote 0644 files is tightened at open. Walks subfolders (the default backup folder lives
 * inside); symbolic links are left alone, never followed. Best effort on systems without POSIX
 * modes (Windows ignores them).
 */
export function securePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  tighten(folder, 0)
}

/** The data folder and one level down (the default backup folder); not a browser profile's cache. */
const MAX_DEPTH = 1

function tighten(folder: string, depth: number): void {
  chmodSync(folder, PRIVATE_FOLDER_MODE)
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    const stats = lstatSync(path, { throwIfNoEntry: false })
    if (!stats) continue
    if (stats.isFile() && (stats.mode & 0o777) !== PRIVATE_FILE_MODE) {
      chmodSync(path, PRIVATE_FILE_MODE)
    } else if (stats.isDirectory() && depth < MAX_DEPTH) {
      tighten(path, depth + 1)
    }
  }
}

/**
 * Creates an empty file readable by this account only, for SQLite to fill (a new database, a
 * VACUUM INTO copy): SQLite keeps the mode of a file that exists, and gives its -wal and -shm
 * files the same mode. Fails if the file exists.
 */
export function createPrivateEmptyFile(file: string): void {
  writeFileSync(file, '', { mode: PRIVATE_FILE_MODE, flag: 'wx' })
  // The mode given to open() is masked by the umask; make sure of it.
  chmodSync(file, PRIVATE_FILE_MODE)
}

/** Sets a file the app wrote to 0600 if it exists. */
export function makePrivate(file: string): void {
  try {
    chmodSync(file, PRIVATE_FILE_MODE)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}
