import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeCheckpointFile } from '../../../src/main/audit/checkpointFile'
import { signBackup } from '../../../src/main/backups/backupSignature'
import { loadSafetySettings, saveSafetySettings } from '../../../src/main/backups/safetySettings'
import { loadOrCreateKeystoreKeys } from '../../../src/main/electron/keystoreKeys'
import { silentLogger } from '../../../src/main/log'
import { KEY_FILE_NAME, loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { setUpPassphrase } from '../../../src/main/storage/passphraseKeys'
import { standInKeystore } from '../electron/connection/standIns'
import { fillDisk, useSmallDisk } from '../support/smallDisk'
import { useTempDir } from '../support/tempDataDir'

/**
 * Every small file the app keeps (keys, passphrase, settings, signatures, the checkpoint) is
 * written through one atomic writer: on a full disk the call fails, and the folder holds exactly
 * what it held before, with no empty key file and no temporary file left behind.
 */
const smallDisk = useSmallDisk()
const tempDir = useTempDir()
const ENOSPC = expect.objectContaining({ code: 'ENOSPC' })

/** An empty data folder on a small disk of its own (1 MiB), and that disk. */
function dataDirOnSmallDisk(): { disk: string; dataDir: string } {
  const disk = smallDisk('1m')
  const dataDir = join(disk, 'data')
  mkdirSync(dataDir, { mode: 0o700 })
  return { disk, dataDir }
}

describe('the small files on a full disk', () => {
  it('a key file that could not be written is not left behind empty, so the next start works', () => {
    const { disk, dataDir } = dataDirOnSmallDisk()
    const filler = fillDisk(disk)
    expect(() => loadOrCreateKeyFile(dataDir)).toThrow(ENOSPC)
    expect(readdirSync(dataDir)).toEqual([])
    rmSync(filler)
    // Before, an empty key file stayed and this refused: "not a key of this app (too short)".
    const keys = loadOrCreateKeyFile(dataDir)
    expect(loadOrCreateKeyFile(dataDir).installationId).toBe(keys.installationId)
    expect(readdirSync(dataDir)).toEqual([KEY_FILE_NAME])
  })

  it('a keystore-wrapped secret that could not be written is not left behind empty', () => {
    const { disk, dataDir } = dataDirOnSmallDisk()
    const filler = fillDisk(disk)
    const safeStorage = standInKeystore()
    const open = () => loadOrCreateKeystoreKeys({ dataDir, safeStorage, log: silentLogger })
    expect(open).toThrow(ENOSPC)
    expect(readdirSync(dataDir)).toEqual([])
    rmSync(filler)
    // Before, the empty file named the keystore as keeper and nothing could unwrap it.
    const keys = open()
    expect(open().installationId).toBe(keys.installationId)
  })

  it('the passphrase file, the safety settings, a backup signature and the checkpoint leave nothing behind', () => {
    const { disk, dataDir } = dataDirOnSmallDisk()
    const keys = loadOrCreateKeyFile(join(tempDir(), 'keys'))
    const backup = join(dataDir, 'clinic-intake-2026-11-30T10-00-00.sqlite3')
    writeFileSync(backup, 'a backup')
    const checkpoint = join(dataDir, 'audit-checkpoint.json')
    const seal = { lastId: 7, lastHash: 'a'.repeat(64), broken: null, signature: 'b'.repeat(64) }
    writeCheckpointFile(checkpoint, seal)
    const before = readdirSync(dataDir).sort()
    const filler = fillDisk(disk)

    expect(() => setUpPassphrase(dataDir, 'correct horse battery staple')).toThrow(ENOSPC)
    const settings = { ...loadSafetySettings(dataDir), idleLockMinutes: 5 }
    expect(() => saveSafetySettings(dataDir, settings)).toThrow(ENOSPC)
    const meta = { createdAt: new Date(), schemaVersion: 1 }
    expect(() => signBackup(backup, keys, meta)).toThrow(ENOSPC)
    expect(() => writeCheckpointFile(checkpoint, { ...seal, lastId: 8 })).toThrow(ENOSPC)
    expect(readdirSync(dataDir).sort()).toEqual(before)

    rmSync(filler)
    saveSafetySettings(dataDir, settings)
    expect(loadSafetySettings(dataDir).idleLockMinutes).toBe(5)
  })
})
