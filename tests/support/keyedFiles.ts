import { randomBytes } from 'node:crypto'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { databaseFile } from '../../src/main/dataDir'
import { openKeyedDatabase } from '../../src/main/db/keyedDatabase'
import { deriveInstallationKeys } from '../../src/main/storage/installationKeys'
import type { InstallationKeys } from '../../src/main/storage/installationKeys'
import { loadOrCreateKeyFile } from '../../src/main/storage/keyFile'

/** Keys of a made-up installation, fresh per call. */
export function testKeys(): InstallationKeys {
  return deriveInstallationKeys(randomBytes(32))
}

/** Opens a database file (or a backup, a copy) encrypted with `keys`, as the app would. */
export function openWithKeys(
  file: string,
  keys: InstallationKeys,
  options: { readonly readonly?: boolean } = {},
): Database {
  return openKeyedDatabase(file, { key: keys.database, readonly: options.readonly ?? false })
}

/**
 * The database of a data folder opened directly (as tests that tamper with it need), with the
 * key from the folder's key file, the default keeper of the browser shell and the tests' cores.
 */
export function openDataDirDatabase(
  dataDir: string,
  options: { readonly readonly?: boolean } = {},
): Database {
  return openWithKeys(databaseFile(dataDir), loadOrCreateKeyFile(dataDir), options)
}
