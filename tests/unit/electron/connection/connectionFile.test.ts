import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONNECTION_FILE_NAME,
  ConnectionFileError,
  createConnectionFileStore,
} from '../../../../src/main/electron/connection/connectionFile'
import type { ConnectionChoice } from '../../../../src/main/electron/connection/connectionFile'
import { useTempDir } from '../../support/tempDataDir'
import { recordingLog, standInKeystore } from './standIns'

const tempDir = useTempDir()
const FINGERPRINT = Array.from({ length: 32 }, () => 'AB').join(':')
const CREDENTIAL = 'ws1.secret-credential-value'

const paired: ConnectionChoice = {
  mode: 'server',
  server: {
    origin: 'https://192.168.1.20:8443',
    caCertificate: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    caFingerprint: FINGERPRINT,
  },
  workstationId: 7,
  workstationName: 'Front desk',
  credential: CREDENTIAL,
}

describe('the connection file', () => {
  it('remembers nothing on a new computer', () => {
    const store = createConnectionFileStore({
      dataDir: join(tempDir(), 'data'),
      safeStorage: standInKeystore(),
      log: recordingLog(),
    })
    expect(store.read()).toBeNull()
  })

  it('keeps "this computer only" across restarts', () => {
    const dataDir = tempDir()
    const options = { dataDir, safeStorage: standInKeystore(), log: recordingLog() }
    createConnectionFileStore(options).write({ mode: 'local' })
    expect(createConnectionFileStore(options).read()).toEqual({ mode: 'local' })
  })

  it('keeps the pinned server with the credential wrapped by the keystore, in a 0600 file', () => {
    const dataDir = tempDir()
    const options = { dataDir, safeStorage: standInKeystore(), log: recordingLog() }
    createConnectionFileStore(options).write(paired)
    const file = join(dataDir, CONNECTION_FILE_NAME)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const text = readFileSync(file, 'utf8')
    expect(text).not.toContain(CREDENTIAL)
    expect(text).toContain(FINGERPRINT)
    expect(createConnectionFileStore(options).read()).toEqual(paired)
  })

  it('falls back to the 0600 file, and logs it, where there is no usable keystore', () => {
    const dataDir = tempDir()
    const log = recordingLog()
    const options = { dataDir, safeStorage: standInKeystore({ available: false }), log }
    createConnectionFileStore(options).write(paired)
    expect(log.events).toContain('connection.keystore_unavailable')
    expect(createConnectionFileStore(options).read()).toEqual(paired)
  })

  it('refuses a wrapped credential when the keystore cannot unlock it, saying what to do', () => {
    const dataDir = tempDir()
    createConnectionFileStore({
      dataDir,
      safeStorage: standInKeystore(),
      log: recordingLog(),
    }).write(paired)
    const locked = createConnectionFileStore({
      dataDir,
      safeStorage: standInKeystore({ available: false }),
      log: recordingLog(),
    })
    expect(() => locked.read()).toThrow(ConnectionFileError)
    expect(() => locked.read()).toThrow(/keystore/)
  })

  it('refuses a damaged file rather than guessing where the data is', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, CONNECTION_FILE_NAME), '{"version":1,"mode":"server"}')
    const store = createConnectionFileStore({
      dataDir,
      safeStorage: standInKeystore(),
      log: recordingLog(),
    })
    expect(() => store.read()).toThrow(/damaged/)
  })
})
