import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadOrCreateKeystoreKeys } from '../../../src/main/electron/keystoreKeys'
import type { SafeStorageLike } from '../../../src/main/electron/keystoreKeys'
import type { Logger } from '../../../src/main/log'
import { KEY_FILE_NAME, loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { KeyUnavailableError, SAFE_STORAGE_FILE_NAME } from '../../../src/main/storage/keyKeepers'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

/** Stands in for Electron's safeStorage: reversible, but never the plain text on disk. */
function standInKeystore(options: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  const mask = (data: Buffer) => Buffer.from(data.map((byte) => byte ^ 0xa5))
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => Buffer.concat([Buffer.from('v10'), mask(Buffer.from(text))]),
    decryptString: (data) => {
      if (!data.subarray(0, 3).equals(Buffer.from('v10'))) throw new Error('not ours')
      return mask(data.subarray(3)).toString()
    },
    ...(options.backend ? { getSelectedStorageBackend: () => options.backend as string } : {}),
  }
}

function recordingLog(): Logger & { errors: string[] } {
  const errors: string[] = []
  return { errors, info: () => {}, error: (event) => errors.push(event) }
}

describe('the desktop shell’s keys in the system keystore', () => {
  it('wraps a new secret with safeStorage in a 0600 file and unwraps the same keys later', () => {
    const dataDir = join(tempDir(), 'data')
    const safeStorage = standInKeystore()
    const log = recordingLog()
    const keys = loadOrCreateKeystoreKeys({ dataDir, safeStorage, log })
    const file = join(dataDir, SAFE_STORAGE_FILE_NAME)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(false)
    const again = loadOrCreateKeystoreKeys({ dataDir, safeStorage, log })
    expect(again.database.equals(keys.database)).toBe(true)
    expect(log.errors).toEqual([])
  })

  it('falls back to the key file, with a logged warning, when there is no usable keystore', () => {
    for (const safeStorage of [
      standInKeystore({ available: false }),
      standInKeystore({ backend: 'basic_text' }),
    ]) {
      const dataDir = join(tempDir(), 'data')
      const log = recordingLog()
      const keys = loadOrCreateKeystoreKeys({ dataDir, safeStorage, log })
      expect(log.errors).toEqual(['keys.keystore_unavailable'])
      expect(loadOrCreateKeyFile(dataDir).installationId).toBe(keys.installationId)
      expect(existsSync(join(dataDir, SAFE_STORAGE_FILE_NAME))).toBe(false)
    }
  })

  it('keeps using a key file the browser shell made, so both shells open the folder', () => {
    const dataDir = join(tempDir(), 'data')
    const browser = loadOrCreateKeyFile(dataDir)
    const desktop = loadOrCreateKeystoreKeys({
      dataDir,
      safeStorage: standInKeystore(),
      log: recordingLog(),
    })
    expect(desktop.installationId).toBe(browser.installationId)
  })

  it('refuses to start, never making a new key, when the keystore cannot unwrap the secret', () => {
    const dataDir = join(tempDir(), 'data')
    loadOrCreateKeystoreKeys({ dataDir, safeStorage: standInKeystore(), log: recordingLog() })
    const file = join(dataDir, SAFE_STORAGE_FILE_NAME)
    const wrapped = readFileSync(file)
    writeFileSync(file, Buffer.concat([Buffer.from('v11'), wrapped.subarray(3)]))
    expect(() =>
      loadOrCreateKeystoreKeys({ dataDir, safeStorage: standInKeystore(), log: recordingLog() }),
    ).toThrow(KeyUnavailableError)
    expect(() =>
      loadOrCreateKeystoreKeys({
        dataDir,
        safeStorage: standInKeystore({ available: false }),
        log: recordingLog(),
      }),
    ).toThrow(/system keystore/)
    expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(false)
  })
})
