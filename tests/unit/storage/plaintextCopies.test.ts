import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { checkSignature, sha256OfFile, signBackup } from '../../../src/main/backups/backupSignature'
import { openCore } from '../../../src/main/core'
import { databaseFile } from '../../../src/main/dataDir'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations/index'
import type { Logger, LogDetails } from '../../../src/main/log'
import { openWithKeys, testKeys } from '../../support/keyedFiles'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const FAMILY_NAME = 'Quartermaine'
const SQLITE_HEADER = 'SQLite format 3'

/** Every file under `folder`, subfolders included. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
}

/** What `strings` would find in the file: the patient's name or SQLite's plaintext header. */
function readableIn(file: string): string[] {
  const bytes = readFileSync(file)
  return [FAMILY_NAME, SQLITE_HEADER].filter((text) => bytes.includes(text, 0, 'latin1'))
}

function recordingLogger(): Logger & {
  readonly entries: { event: string; details?: LogDetails }[]
} {
  const entries: { event: string; details?: LogDetails }[] = []
  return {
    entries,
    info: (event, details) => entries.push({ event, ...(details ? { details } : {}) }),
    error: (event, _error, details) => entries.push({ event, ...(details ? { details } : {}) }),
  }
}

/**
 * A data folder as a version before encryption leaves it: a plaintext database with a patient,
 * and plaintext copies of it made by the app (named as the app names them) or by someone else.
 */
function oldDataFolder(copies: readonly string[]): string {
  const dataDir = join(tempDir(), 'data')
  const backups = join(dataDir, 'backups')
  mkdirSync(backups, { recursive: true })
  const db = new BetterSqlite3(databaseFile(dataDir))
  db.pragma('journal_mode = WAL')
  migrate(db, MIGRATIONS)
  db.prepare(
    `INSERT INTO patients (given_name, family_name, date_of_birth, sex, created_at, updated_at)
     VALUES ('Zebulon', ?, '1950-01-01', 'male', 'x', 'x')`,
  ).run(FAMILY_NAME)
  for (const copy of copies) db.prepare('VACUUM INTO ?').run(join(dataDir, copy))
  db.close()
  return dataDir
}

const OWN_COPIES = [
  'clinic-intake.sqlite3.before-v5-2026-01-01T10-00-00-000Z.bak',
  'clinic-intake.sqlite3.replaced-2026-01-02T10-00-00-000Z',
  'backups/clinic-intake-2026-01-03T10-00-00.sqlite3',
  'backups/clinic-intake-2026-01-04T10-00-00.sqlite3',
]

describe('the plaintext copies an upgraded installation kept', () => {
  it('are re-written encrypted at open: nothing under the data or backup folder is readable', () => {
    const dataDir = oldDataFolder(OWN_COPIES)
    const keys = testKeys()
    const signedBackup = join(dataDir, OWN_COPIES[2] as string)
    const unsignedBackup = join(dataDir, OWN_COPIES[3] as string)
    // A backup this installation signed (over its plaintext bytes) before it was encrypted.
    signBackup(signedBackup, keys, {
      createdAt: new Date('2026-01-03T10:00:00Z'),
      schemaVersion: 1,
    })
    expect(filesUnder(dataDir).filter((file) => readableIn(file).length > 0)).not.toEqual([])

    const log = recordingLogger()
    openCore({ dataDir, log, keys }).close()

    const readable = filesUnder(dataDir)
      .map((file) => ({ file, found: readableIn(file) }))
      .filter((entry) => entry.found.length > 0)
    expect(readable).toEqual([])
    for (const copy of OWN_COPIES) {
      const file = join(dataDir, copy)
      expect(statSync(file).mode & 0o777).toBe(0o600)
      const db = openWithKeys(file, keys, { readonly: true })
      expect(db.prepare('SELECT family_name FROM patients').pluck().all()).toEqual([FAMILY_NAME])
      db.close()
    }
    // Re-signed as this installation's own; the unsigned one is not vouched for by converting it.
    expect(checkSignature(signedBackup, sha256OfFile(signedBackup), keys).origin).toBe(
      'this_installation',
    )
    expect(checkSignature(unsignedBackup, sha256OfFile(unsignedBackup), keys).origin).toBe(
      'unsigned',
    )
    expect(log.entries).toContainEqual({
      event: 'storage.plaintext_copies_encrypted',
      details: { encrypted: 4, failed: 0 },
    })
    // Done once: the next start finds nothing left to convert.
    const again = recordingLogger()
    openCore({ dataDir, log: again, keys }).close()
    expect(again.entries.map((entry) => entry.event)).not.toContain(
      'storage.plaintext_copies_encrypted',
    )
  })

  it('leaves files the app did not make alone, and logs only how many there are', () => {
    const byHand = ['backups/my-copy-for-the-auditor.sqlite3', 'notes.sqlite3']
    const dataDir = oldDataFolder([...byHand, OWN_COPIES[2] as string])
    const before = byHand.map((name) => readFileSync(join(dataDir, name)))
    const log = recordingLogger()
    openCore({ dataDir, log, keys: testKeys() }).close()

    byHand.forEach((name, index) =>
      expect(readFileSync(join(dataDir, name)).equals(before[index] as Buffer)).toBe(true),
    )
    expect(readableIn(join(dataDir, OWN_COPIES[2] as string))).toEqual([])
    expect(log.entries).toContainEqual({
      event: 'storage.plaintext_files_left_alone',
      details: { count: 2 },
    })
    expect(JSON.stringify(log.entries)).not.toMatch(/auditor|notes/)
  })
})
