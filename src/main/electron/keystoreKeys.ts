import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from '../log'
import { writeFileAtomic } from '../storage/atomicFile'
import { PRIVATE_FOLDER_MODE } from '../storage/fileModes'
import { deriveInstallationKeys, SECRET_BYTES } from '../storage/installationKeys'
import type { InstallationKeys } from '../storage/installationKeys'
import { loadOrCreateKeyFile } from '../storage/keyFile'
import {
  assertNewSecretAllowed,
  keeperOf,
  KeyUnavailableError,
  SAFE_STORAGE_FILE_NAME,
} from '../storage/keyKeepers'

/** The part of Electron's `safeStorage` used here (a stand-in in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only: 'basic_text' means a fixed password, which protects nothing. */
  getSelectedStorageBackend?(): string
}

function keystoreUsable(safeStorage: SafeStorageLike): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false
  return safeStorage.getSelectedStorageBackend?.() !== 'basic_text'
}

/**
 * The desktop shell's keys: the installation secret wrapped by the system keystore (Keychain,
 * DPAPI, libsecret through Electron safeStorage) in a file in the data folder, useless without
 * this account on this computer. Where there is no usable keystore it falls back to the 0600 key
 * file, and logs that it did. A data folder whose key file already exists (the browser shell or
 * the CLI made it) keeps using that file, so every shell still opens it.
 */
export function loadOrCreateKeystoreKeys(options: {
  readonly dataDir: string
  readonly safeStorage: SafeStorageLike
  readonly log: Logger
}): InstallationKeys {
  const { dataDir, safeStorage, log } = options
  const keeper = keeperOf(dataDir)
  if (keeper === 'keystore') return deriveInstallationKeys(unwrap(dataDir, safeStorage))
  if (keeper === 'key_file' || keeper === 'passphrase') {
    // The passphrase keeper is refused with its own message by the key file's loader.
    return loadOrCreateKeyFile(dataDir)
  }
  if (!keystoreUsable(safeStorage)) {
    log.error('keys.keystore_unavailable', new Error('safeStorage is not available'), {
      fallback: 'key_file',
    })
    return loadOrCreateKeyFile(dataDir)
  }
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  assertNewSecretAllowed(dataDir, 'keystore')
  const secret = randomBytes(SECRET_BYTES)
  const wrapped = safeStorage.encryptString(secret.toString('base64'))
  // Exclusive, as the key file: never over another secret, and on the disk, whole, before the
  // database is encrypted with it.
  writeFileAtomic(join(dataDir, SAFE_STORAGE_FILE_NAME), wrapped, { exclusive: true })
  log.info('keys.created', { keeper: 'keystore' })
  return deriveInstallationKeys(secret)
}

function unwrap(dataDir: string, safeStorage: SafeStorageLike): Buffer {
  const file = join(dataDir, SAFE_STORAGE_FILE_NAME)
  if (!keystoreUsable(safeStorage)) {
    throw new KeyUnavailableError(
      'The key of this data folder is kept in the system keystore, which is not available ' +
        'right now. Nothing was changed. Sign in to this computer as the same user (so the ' +
        'keystore unlocks) and start the app again.',
    )
  }
  let secret: Buffer
  try {
    secret = Buffer.from(safeStorage.decryptString(readFileSync(file)), 'base64')
  } catch {
    secret = Buffer.alloc(0)
  }
  if (secret.length < SECRET_BYTES) {
    throw new KeyUnavailableError(
      `The system keystore could not unlock this data folder’s key (${file}): it was made by ` +
        'another user or on another computer. Nothing was changed. Start the app as the user ' +
        'who set it up, on the computer where it was set up.',
    )
  }
  return secret
}
