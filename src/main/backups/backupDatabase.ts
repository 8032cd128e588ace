import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { BackupFile } from '../../shared/backups/backups'
import { backupFileName, pruneBackups } from './backupFiles'
import { checkDatabaseFile } from './checkDatabaseFile'

/**
 * An online backup with SQLite's backup API (the app keeps working meanwhile), written under a
 * temporary name, checked, then renamed: a file with the final name is always a whole, checked
 * backup. Refuses to overwrite an existing file.
 */
export async function backupDatabaseTo(
  db: Database,
  destination: string,
  options: { readonly nativeBinding?: string } = {},
): Promise<BackupFile> {
  if (existsSync(destination)) throw new Error(`${destination} already exists`)
  mkdirSync(dirname(destination), { recursive: true })
  const partial = `${destination}.partial`
  rmSync(partial, { force: true })
  try {
    await db.backup(partial)
    checkDatabaseFile(partial, options)
    renameSync(partial, destination)
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
  options: { readonly nativeBinding?: string } = {},
): Promise<BackupFile> {
  let attempt = 0
  while (existsSync(join(folder, backupFileName(now, attempt)))) attempt += 1
  const file = await backupDatabaseTo(db, join(folder, backupFileName(now, attempt)), options)
  pruneBackups(folder, retention)
  return file
}
