import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { databaseFile } from '../dataDir'
import { isPlaintextDatabase } from '../db/keyedDatabase'

/**
 * Where each keeper of the installation secret keeps it in the data folder. One data folder has
 * one secret, kept by one of them: a key file (server, browser shell, CLI), the desktop shell's
 * system keystore (the secret wrapped by Electron safeStorage), or a passphrase (the secret
 * wrapped with a key derived from it).
 */
export const KEY_FILE_NAME = 'installation.key'
export const SAFE_STORAGE_FILE_NAME = 'installation.key.keystore'
export const PASSPHRASE_FILE_NAME = 'installation.key.passphrase.json'

export type KeyKeeper = 'key_file' | 'keystore' | 'passphrase'

/** The installation's key cannot be had: the app must not start, nor make a new key. */
export class KeyUnavailableError extends Error {
  override readonly name = 'KeyUnavailableError'
}

/** Which keeper holds this data folder's secret, if one does yet. */
export function keeperOf(dataDir: string): KeyKeeper | null {
  if (existsSync(join(dataDir, PASSPHRASE_FILE_NAME))) return 'passphrase'
  if (existsSync(join(dataDir, SAFE_STORAGE_FILE_NAME))) return 'keystore'
  if (existsSync(join(dataDir, KEY_FILE_NAME))) return 'key_file'
  return null
}

/** An encrypted database is in the folder: a new secret could never open it. */
export function hasEncryptedDatabase(dataDir: string): boolean {
  const file = databaseFile(dataDir)
  const stats = statSync(file, { throwIfNoEntry: false })
  return Boolean(stats && stats.size > 0 && !isPlaintextDatabase(file))
}

const HOW_TO_START: Record<KeyKeeper, string> = {
  key_file: `its key file (${KEY_FILE_NAME}) is used`,
  keystore: 'the desktop app is started (the key is in this computer’s system keystore)',
  passphrase: 'the app is started with --passphrase',
}

/** Refuses to make a new secret where one is kept elsewhere, or where only it could help. */
export function assertNewSecretAllowed(dataDir: string, wanted: KeyKeeper): void {
  const keeper = keeperOf(dataDir)
  if (keeper && keeper !== wanted) {
    throw new KeyUnavailableError(
      `The data folder ${dataDir} is locked with a key that opens only when ${HOW_TO_START[keeper]}. ` +
        'Nothing was changed. Start the app that way.',
    )
  }
  if (hasEncryptedDatabase(dataDir)) {
    throw new KeyUnavailableError(
      `The key of the encrypted database in ${dataDir} is missing (no ${KEY_FILE_NAME} and no ` +
        'other key). Nothing was changed. Put back the key file from where you keep its copy, ' +
        'or restore the whole data folder from your backup of it.',
    )
  }
}
