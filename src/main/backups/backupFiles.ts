import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupFile, BackupList } from '../../shared/backups/backups'
import { BackupNameSchema } from '../../shared/backups/backups'
import { removeSignature } from './backupSignature'

/** The app's own backups: clinic-intake-2026-11-26T10-00-05.sqlite3 (local time). */
const OWN_BACKUP = /^clinic-intake-(\d{4}-\d{2}-\d{2})T\d{2}-\d{2}-\d{2}(-\d+)?\.sqlite3$/

/** Whether a file in the backup folder is one the app wrote there (not one copied in by hand). */
export function isOwnBackupName(name: string): boolean {
  return OWN_BACKUP.test(name)
}

const pad = (n: number) => String(n).padStart(2, '0')

function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function backupFileName(now: Date, attempt = 0): string {
  const time = `${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`
  return `clinic-intake-${localDay(now)}T${time}${attempt ? `-${attempt}` : ''}.sqlite3`
}

/** Every .sqlite3 file in the folder, newest first; the app's own and any copied in by hand. */
export function listBackupFiles(folder: string): BackupFile[] {
  const files: BackupFile[] = []
  for (const name of readdirSync(folder)) {
    if (!BackupNameSchema.safeParse(name).success) continue
    const stats = statSync(join(folder, name), { throwIfNoEntry: false })
    if (!stats?.isFile()) continue
    files.push({ name, createdAt: stats.mtime.toISOString(), sizeBytes: stats.size })
  }
  return files.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  )
}

/** The listing for the screens: a folder that cannot be read is reported, not thrown. */
export function describeBackupFolder(folder: string): BackupList {
  try {
    return { folder, backups: listBackupFiles(folder), folderProblem: null }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      folder,
      backups: [],
      folderProblem: code === 'ENOENT' ? 'missing' : 'unreadable',
    }
  }
}

/** Whether the app already made a backup on this local calendar day. */
export function hasBackupFromDay(folder: string, now: Date): boolean {
  try {
    const day = localDay(now)
    return readdirSync(folder).some((name) => OWN_BACKUP.exec(name)?.[1] === day)
  } catch {
    return false
  }
}

/** Deletes the app's own oldest backups beyond `keep`; files put there by hand are left alone. */
export function pruneBackups(folder: string, keep: number): string[] {
  const own = readdirSync(folder)
    .filter((name) => OWN_BACKUP.test(name))
    .sort()
    .reverse()
  const removed = own.slice(keep)
  for (const name of removed) {
    rmSync(join(folder, name), { force: true })
    removeSignature(join(folder, name))
  }
  return removed
}
