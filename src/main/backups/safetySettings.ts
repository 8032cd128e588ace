import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SafetySettingsSchema } from '../../shared/backups/backups'
import type { SafetySettings } from '../../shared/backups/backups'
import { writeFileAtomic } from '../storage/atomicFile'

export const SAFETY_SETTINGS_FILE = 'safety-settings.json'

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups')
}

/**
 * The lock time and backup settings live in a small JSON file beside the database, not in it:
 * the damaged-database screen needs to know where the backups are when the database is exactly
 * what cannot be read. A missing or unreadable file means the defaults.
 */
export function loadSafetySettings(dataDir: string): SafetySettings {
  const file = join(dataDir, SAFETY_SETTINGS_FILE)
  const defaults = SafetySettingsSchema.parse({ backupFolder: defaultBackupFolder(dataDir) })
  if (!existsSync(file)) return defaults
  try {
    const stored = SafetySettingsSchema.safeParse({
      ...defaults,
      ...(JSON.parse(readFileSync(file, 'utf8')) as object),
    })
    return stored.success ? stored.data : defaults
  } catch {
    return defaults
  }
}

/** Replaced whole, so a crash never leaves half a settings file. */
export function saveSafetySettings(dataDir: string, settings: SafetySettings): void {
  const file = join(dataDir, SAFETY_SETTINGS_FILE)
  writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`)
}
