import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { closeDatabase, openDatabase } from '../../../src/main/db/openDatabase'
import { databaseFile } from '../../../src/main/dataDir'
import { silentLogger } from '../../../src/main/log'
import { KEY_FILE_NAME, loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { KeyUnavailableError, PASSPHRASE_FILE_NAME } from '../../../src/main/storage/keyKeepers'
import {
  setUpPassphrase,
  unlockWithPassphrase,
  WrongPassphraseError,
} from '../../../src/main/storage/passphraseKeys'
import { keysForServer } from '../../../src/main/host/shellKeys'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const PASSPHRASE = 'correct horse battery staple'

/** Standard input as it is when the passphrase is piped in. */
function piped(text: string): NodeJS.ReadStream {
  return Readable.from([Buffer.from(text)]) as unknown as NodeJS.ReadStream
}

describe('the key file', () => {
  it('is created 0600 and gives the same keys on every start', () => {
    const dataDir = join(tempDir(), 'data')
    const first = loadOrCreateKeyFile(dataDir)
    expect(statSync(join(dataDir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600)
    expect(loadOrCreateKeyFile(dataDir).installationId).toBe(first.installationId)
  })

  it('is not made anew beside an encrypted database it could never open', () => {
    const dataDir = join(tempDir(), 'data')
    const keys = loadOrCreateKeyFile(dataDir)
    closeDatabase(openDatabase({ keys, file: databaseFile(dataDir) }))
    rmSync(join(dataDir, KEY_FILE_NAME))
    expect(() => loadOrCreateKeyFile(dataDir)).toThrow(KeyUnavailableError)
    expect(() => loadOrCreateKeyFile(dataDir)).toThrow(/key file/)
    expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(false)
  })
})

describe('the passphrase', () => {
  it('unlocks the same keys every start and refuses a wrong one with a clear message', () => {
    const dataDir = join(tempDir(), 'data')
    const keys = setUpPassphrase(dataDir, PASSPHRASE)
    expect(statSync(join(dataDir, PASSPHRASE_FILE_NAME)).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(dataDir, PASSPHRASE_FILE_NAME), 'utf8')).not.toContain(PASSPHRASE)
    expect(unlockWithPassphrase(dataDir, PASSPHRASE).database.equals(keys.database)).toBe(true)
    expect(() => unlockWithPassphrase(dataDir, 'correct horse battery stapler')).toThrow(
      WrongPassphraseError,
    )
    expect(() => unlockWithPassphrase(dataDir, 'nope')).toThrow(
      'That passphrase does not unlock this data folder. Nothing was changed. Try again.',
    )
  })

  it('takes over the key file’s secret, so an encrypted database still opens, and removes the file', () => {
    const dataDir = join(tempDir(), 'data')
    const before = loadOrCreateKeyFile(dataDir)
    const keys = setUpPassphrase(dataDir, PASSPHRASE)
    expect(keys.database.equals(before.database)).toBe(true)
    expect(keys.installationId).toBe(before.installationId)
    expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(false)
  })

  it('is asked for at start with --passphrase (piped here), and required once set', async () => {
    const dataDir = join(tempDir(), 'data')
    const options = { dataDir, passphrase: true, log: silentLogger }
    const made = await keysForServer({ ...options, input: piped(`${PASSPHRASE}\n`) })
    const again = await keysForServer({ ...options, input: piped(`${PASSPHRASE}\n`) })
    expect(again.installationId).toBe(made.installationId)
    await expect(keysForServer({ ...options, input: piped('guess\n') })).rejects.toThrow(
      WrongPassphraseError,
    )
    // Started without --passphrase, the folder is not given a new key file behind its back.
    await expect(keysForServer({ dataDir, passphrase: false, log: silentLogger })).rejects.toThrow(
      /--passphrase/,
    )
    expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(false)
  })

  it('refuses a passphrase too short to protect anything', () => {
    expect(() => setUpPassphrase(join(tempDir(), 'data'), 'short')).toThrow(/at least 12/)
  })
})
