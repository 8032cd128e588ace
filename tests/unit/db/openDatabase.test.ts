import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { schemaVersion } from '../../../src/main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations/index'
import type { Migration } from '../../../src/main/db/migrations/index'
import {
  DatabaseDamagedError,
  DatabaseTooNewError,
  openDatabase,
} from '../../../src/main/db/openDatabase'
import { openWithKeys, testKeys } from '../../support/keyedFiles'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const keys = testKeys()

describe('openDatabase', () => {
  it('creates a new database at the latest schema with WAL and foreign keys on', () => {
    const file = join(tempDir(), 'nested', 'clinic.sqlite3')
    const db = openDatabase({ keys, file })
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
    // No copy is taken of a database that did not exist before.
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.bak'))).toEqual([])
  })

  it('makes every table STRICT', () => {
    const db = openDatabase({ keys, file: join(tempDir(), 'clinic.sqlite3') })
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE type = 'table' AND schema = 'main'",
      )
      .all() as { name: string; strict: number }[]
    const ordinary = tables.filter((t) => !t.name.startsWith('sqlite_'))
    expect(ordinary.length).toBeGreaterThan(0)
    for (const table of ordinary)
      expect({ table: table.name, strict: table.strict }).toEqual({
        table: table.name,
        strict: 1,
      })
    db.close()
  })

  it('copies an existing database before migrating it, and keeps its rows', () => {
    const dir = tempDir()
    const file = join(dir, 'clinic.sqlite3')
    const first: Migration[] = [MIGRATIONS[0] as Migration]
    const old = openDatabase({ keys, file, migrations: first })
    old
      .prepare(
        `INSERT INTO patients (given_name, family_name, date_of_birth, sex, created_at, updated_at)
         VALUES ('Old', 'Row', '1950-01-01', 'male', 'x', 'x')`,
      )
      .run()
    old.close()

    const extra: Migration = {
      version: 2,
      name: 'test column',
      up: (db) => db.exec('ALTER TABLE patients ADD COLUMN test_note TEXT'),
    }
    const db = openDatabase({
      keys,
      file,
      migrations: [...first, extra],
      now: () => new Date('2026-11-26T10:00:00Z'),
    })
    expect(schemaVersion(db)).toBe(2)
    expect(db.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 1 })
    db.close()

    const copies = readdirSync(dir).filter((f) => f.endsWith('.bak'))
    expect(copies).toEqual(['clinic.sqlite3.before-v1-2026-11-26T10-00-00-000Z.bak'])
    const copy = openWithKeys(join(dir, copies[0] as string), keys, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    expect(copy.prepare('SELECT family_name FROM patients').get()).toEqual({ family_name: 'Row' })
    copy.close()
  })

  it('rolls back a migration that fails, leaving the version where it was', () => {
    const file = join(tempDir(), 'clinic.sqlite3')
    openDatabase({ keys, file }).close()
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT')
        db.exec('THIS IS NOT SQL')
      },
    }
    expect(() => openDatabase({ keys, file, migrations: [...MIGRATIONS, broken] })).toThrow()
    const db = openDatabase({ keys, file })
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBe(
      undefined,
    )
    db.close()
  })

  it('refuses a database written by a newer version of the app', () => {
    const file = join(tempDir(), 'clinic.sqlite3')
    openDatabase({ keys, file }).close()
    const raw = openWithKeys(file, keys)
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    raw.close()
    expect(() => openDatabase({ keys, file })).toThrow(DatabaseTooNewError)
  })

  it('refuses a file that is not a database and leaves it untouched', () => {
    const file = join(tempDir(), 'clinic.sqlite3')
    const garbage = Buffer.alloc(8192, 0x5a)
    writeFileSync(file, garbage)
    expect(() => openDatabase({ keys, file })).toThrow(DatabaseDamagedError)
    expect(existsSync(file)).toBe(true)
  })
})
