import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { backupDatabaseTo } from '../../../src/main/backups/backupDatabase'
import { checkDatabaseFile } from '../../../src/main/backups/checkDatabaseFile'
import { databaseFile } from '../../../src/main/dataDir'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations/index'
import type { Migration } from '../../../src/main/db/migrations/index'
import {
  closeDatabase,
  DatabaseDamagedError,
  DatabaseKeyError,
  openDatabase,
} from '../../../src/main/db/openDatabase'
import { openWithKeys, testKeys } from '../../support/keyedFiles'
import { fakePatient } from '../support/patientFixtures'
import { useTempDir } from '../support/tempDataDir'
import { expectOk, useTestCore } from '../support/testCore'

const tempDir = useTempDir()
const openTestCore = useTestCore()
const FAMILY_NAME = 'Quartermaine'

/** What `strings` would find: the patient's name, or SQLite's plaintext header. */
function readable(file: string): { name: boolean; header: boolean } {
  const bytes = readFileSync(file)
  return {
    name: bytes.includes(FAMILY_NAME, 0, 'utf8'),
    header: bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0',
  }
}

const NOTHING_READABLE = { name: false, header: false }

function insertPatient(db: BetterSqlite3.Database): void {
  db.prepare(
    `INSERT INTO patients (given_name, family_name, date_of_birth, sex, created_at, updated_at)
     VALUES ('Zebulon', ?, '1950-01-01', 'male', 'x', 'x')`,
  ).run(FAMILY_NAME)
}

describe('encryption at rest', () => {
  it('leaves no patient name and no SQLite header in the database, its WAL or a backup', async () => {
    const { core, api } = openTestCore()
    expectOk(await api.patients.create(fakePatient({ familyName: FAMILY_NAME })))
    const file = core.db.name
    expect(existsSync(`${file}-wal`)).toBe(true)
    expect(readable(file)).toEqual(NOTHING_READABLE)
    expect(readable(`${file}-wal`)).toEqual(NOTHING_READABLE)

    const backup = join(tempDir(), 'backup.sqlite3')
    await backupDatabaseTo(core.db, backup, { keys: core.keys })
    expect(readable(backup)).toEqual(NOTHING_READABLE)
    // ...and yet the backup is whole, for whoever has the key.
    const opened = openWithKeys(backup, core.keys, { readonly: true })
    expect(opened.prepare('SELECT family_name FROM patients').pluck().all()).toEqual([FAMILY_NAME])
    opened.close()
    expect(checkDatabaseFile(backup, { keys: core.keys }).schemaVersion).toBeGreaterThan(0)
  })

  it('encrypts the copy taken before a migration', () => {
    const keys = testKeys()
    const dir = tempDir()
    const file = join(dir, 'clinic.sqlite3')
    const old = openDatabase({ keys, file, migrations: [MIGRATIONS[0] as Migration] })
    insertPatient(old)
    closeDatabase(old)
    closeDatabase(openDatabase({ keys, file }))
    const copies = readdirSync(dir).filter((name) => name.includes('.before-v1-'))
    expect(copies).toHaveLength(1)
    expect(readable(join(dir, copies[0] as string))).toEqual(NOTHING_READABLE)
  })

  it('converts a plaintext database once: rows kept, WAL included, safety copy encrypted, plaintext gone', () => {
    const keys = testKeys()
    const dir = tempDir()
    const file = join(dir, 'clinic.sqlite3')
    // A database as every current installation has it, left by a crash with rows only in its WAL.
    const plain = new BetterSqlite3(file)
    plain.pragma('journal_mode = WAL')
    plain.pragma('wal_autocheckpoint = 0')
    migrate(plain, MIGRATIONS)
    insertPatient(plain)
    expect(readable(`${file}-wal`).name).toBe(true)
    // The crash: the files as they are on disk while the connection is still open.
    const crashed = join(tempDir(), 'crashed.sqlite3')
    for (const suffix of ['', '-wal']) copyFileSync(`${file}${suffix}`, `${crashed}${suffix}`)
    plain.close()

    const db = openDatabase({ keys, file: crashed, now: () => new Date('2026-11-26T10:00:00Z') })
    expect(db.prepare('SELECT family_name FROM patients').pluck().all()).toEqual([FAMILY_NAME])
    closeDatabase(db)
    expect(readable(crashed)).toEqual(NOTHING_READABLE)
    const folder = readdirSync(join(crashed, '..'))
    const safety = 'crashed.sqlite3.before-encryption-2026-11-26T10-00-00-000Z.bak'
    expect(folder).toContain(safety)
    expect(folder.filter((name) => name.includes('encrypting'))).toEqual([])
    expect(folder.filter((name) => name.startsWith('crashed.sqlite3-'))).toEqual([])
    expect(readable(join(crashed, '..', safety))).toEqual(NOTHING_READABLE)
    const copy = openWithKeys(join(crashed, '..', safety), keys, { readonly: true })
    expect(copy.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(1)
    copy.close()
    // Opened again, it is not converted again (no second safety copy).
    closeDatabase(openDatabase({ keys, file: crashed }))
    expect(readdirSync(join(crashed, '..')).filter((n) => n.includes('before-encryption'))).toEqual(
      [safety],
    )
  })

  it('refuses a database locked with another key with its own error, not "damaged"', () => {
    const file = join(tempDir(), 'clinic.sqlite3')
    closeDatabase(openDatabase({ keys: testKeys(), file }))
    const before = readFileSync(file)
    const other = testKeys()
    let thrown: unknown
    try {
      openDatabase({ keys: other, file })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(DatabaseKeyError)
    expect(thrown).not.toBeInstanceOf(DatabaseDamagedError)
    expect((thrown as Error).message).toMatch(/different key/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('reports a byte flipped in the middle of the encrypted file as damage (page HMAC)', () => {
    const keys = testKeys()
    const dataDir = tempDir()
    const file = databaseFile(dataDir)
    const db = openDatabase({ keys, file })
    const insert = db.prepare(
      `INSERT INTO patients (given_name, family_name, date_of_birth, sex, created_at, updated_at)
       VALUES ('Zebulon', ?, '1950-01-01', 'male', 'x', 'x')`,
    )
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`${FAMILY_NAME}${i}`)
    })()
    closeDatabase(db)
    const bytes = readFileSync(file)
    const middle = Math.floor(bytes.length / 2)
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle)
    writeFileSync(file, bytes)
    expect(() => openDatabase({ keys, file, integrityCheck: 'full' })).toThrow(DatabaseDamagedError)
    expect(() => checkDatabaseFile(file, { keys })).toThrow(/damaged/)
  })
})
