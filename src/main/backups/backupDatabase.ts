import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { BackupFile } from '../../shared/backups/backups'
import { backupFileName, pruneBackups } from './backupFiles'
import { checkDatabaseFile } from './checkDatabaseFile'
import { copyDatabaseInto } from '../db/copyDatabase'
import { PRIVATE_FOLDER_MODE } from '../storage/fileModes'
import { signBackup } from './backupSignature'
import type { InstallationKeys } from '../storage/installationKeys'

export interface BackupOptions {
  readonly nativeBinding?: string
  /** This installation's keys: the backup is signed as its own (`<backup>.sig.json`). */
  readonly keys?: InstallationKeys
}

/**
 * An online, encrypted backup (VACUUM INTO on a worker; the app keeps working meanwhile), written under a
 * temporary name, checked, then renamed: a file with the final name is always a whole, checked
 * backup. Refuses to overwrite an existing file.
 */
export async function backupDatabaseTo(
  db: Database,
  destination: string,
  options: BackupOptions = {},
): Promise<BackupFile> {
  if (existsSync(destination)) throw new Error(`${destination} already exists`)
  // STORAGE: a backup folder the app creates is its account's only (0700), as the data folder.
  mkdirSync(dirname(destination), { recursive: true, mode: PRIVATE_FOLDER_MODE })
  const partial = `${destination}.partial`
  rmSync(partial, { force: true })
  try {
    // Encrypted with the database's key (STORAGE): see copyDatabaseInto.
    await copyDatabaseInto(db, partial, {
      ...(options.keys ? { key: options.keys.database } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
    const { schemaVersion } = checkDatabaseFile(partial, options)
    renameSync(partial, destination)
    // Signed after the rename: a signature always describes a whole, checked file.
    if (options.keys)
      signBackup(destination, options.keys, { createdAt: new Date(), schemaVersion })
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  const stats = statSync(destination)
  return {
    name: basename(destination),
    createdAt: stats.mtime.toISOString(),
    sizeBytes: stats.size,
  }
}

/** A new backup in the backup folder, then the oldest of the app's own beyond `retention` go. */
export async function backupIntoFolder(
  db: Database,
  folder: string,
  retention: number,
  now: Date,
  options: BackupOptions = {},
): Promise<BackupFile> {
  let attempt = 0
  while (existsSync(join(folder, backupFileName(now, attempt)))) attempt += 1
  const file = await backupDatabaseTo(db, join(folder, backupFileName(now, attempt)), options)
  pruneBackups(folder, retention)
  return file
}
