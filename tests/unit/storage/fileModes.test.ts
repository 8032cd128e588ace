import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupDatabaseTo } from '../../../src/main/backups/backupDatabase'
import { openCore } from '../../../src/main/core'
import { databaseFile } from '../../../src/main/dataDir'
import { silentLogger } from '../../../src/main/log'
import { restrictNewFiles } from '../../../src/main/storage/fileModes'
import { signedInClient } from '../support/signedInClient'
import { fakePatient } from '../support/patientFixtures'
import { useTempDir } from '../support/tempDataDir'
import { expectOk } from '../support/testCore'

const tempDir = useTempDir()
const modeOf = (path: string) => statSync(path).mode & 0o777

/** Every file under `folder` (one level of subfolders) with a mode other than 0600. */
function nonPrivateFiles(folder: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    const stats = statSync(path)
    if (stats.isDirectory()) found.push(...nonPrivateFiles(path).map((f) => `${name}/${f}`))
    else if ((stats.mode & 0o777) !== 0o600)
      found.push(`${name} ${(stats.mode & 0o777).toString(8)}`)
  }
  return found
}

describe('file modes', () => {
  // The umask of a default login (group and others may read): the app must not rely on a
  // stricter one to keep its files private.
  let previous = 0
  beforeEach(() => {
    previous = process.umask(0o022)
  })
  afterEach(() => {
    process.umask(previous)
  })

  it('makes the data folder 0700 and every file the app writes there 0600', async () => {
    const dataDir = join(tempDir(), 'data')
    const core = openCore({ dataDir, log: silentLogger })
    try {
      const api = signedInClient(core, 'front_desk')
      expectOk(await api.patients.create(fakePatient()))
      await backupDatabaseTo(core.db, join(dataDir, 'backups', 'by-hand.sqlite3'), {
        keys: core.keys,
      })
      const names = readdirSync(dataDir)
      expect(names).toEqual(expect.arrayContaining(['clinic-intake.sqlite3', 'installation.key']))
      expect(names).toEqual(expect.arrayContaining(['clinic-intake.sqlite3-wal']))
      expect(modeOf(dataDir)).toBe(0o700)
      expect(modeOf(join(dataDir, 'backups'))).toBe(0o700)
      expect(nonPrivateFiles(dataDir)).toEqual([])
    } finally {
      core.close()
    }
  })

  it('tightens an upgraded installation whose folder and files are readable by everyone', () => {
    const dataDir = join(tempDir(), 'data')
    mkdirSync(join(dataDir, 'backups'), { recursive: true, mode: 0o755 })
    chmodSync(dataDir, 0o755)
    const plain = new BetterSqlite3(databaseFile(dataDir))
    plain.pragma('journal_mode = WAL')
    plain.close()
    chmodSync(databaseFile(dataDir), 0o644)
    writeFileSync(join(dataDir, 'safety-settings.json'), '{}', { mode: 0o644 })
    writeFileSync(join(dataDir, 'backups', 'clinic-intake-old.sqlite3'), 'x', { mode: 0o644 })

    openCore({ dataDir, log: silentLogger }).close()
    expect(modeOf(dataDir)).toBe(0o700)
    expect(modeOf(join(dataDir, 'backups'))).toBe(0o700)
    expect(nonPrivateFiles(dataDir)).toEqual([])
  })

  it('restricts what the process creates afterwards to its own account', () => {
    restrictNewFiles()
    expect(process.umask()).toBe(0o077)
    const file = join(tempDir(), 'export.pdf')
    writeFileSync(file, 'pdf')
    expect(modeOf(file)).toBe(0o600)
  })
})
