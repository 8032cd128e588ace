import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const PRODUCT_NAME = 'Clinic Intake'
export const DATABASE_FILE_NAME = 'clinic-intake.sqlite3'
export const DATA_DIR_ENV = 'CLINIC_INTAKE_DATA_DIR'

/**
 * Where Electron's `app.getPath('userData')` puts this app's data on each system, so that both
 * shells use the same database unless told otherwise.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME)
}

/** `--data-dir` wins, then CLINIC_INTAKE_DATA_DIR, then the shell's default. */
export function resolveDataDir(
  flag: string | undefined,
  fallback: () => string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  // Absolute, so the database, backups and safety settings agree whatever the working folder.
  return resolve(flag ?? env[DATA_DIR_ENV] ?? fallback())
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME)
}
