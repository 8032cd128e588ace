// The worklist finds "this red flag, awaiting review" on one index because each flag and cause
// row carries its intake's status. The database keeps that copy true, whatever writes the rows.
import { join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations/index'
import { openDatabase } from '../../../src/main/db/openDatabase'
import { useTempDir } from '../support/tempDataDir'
import { testKeys } from '../../support/keyedFiles'

const tempDir = useTempDir()
const open: Database[] = []
afterEach(() => {
  while (open.length) open.pop()?.close()
})

/** Rows whose copied status differs from their intake's, per table. */
function outOfStep(db: Database): Record<string, number> {
  const count = (table: string) =>
    (
      db
        .prepare(
          `SELECT count(*) AS n FROM ${table} t JOIN intakes i ON i.id = t.intake_id
           WHERE t.intake_status <> i.status`,
        )
        .get() as { n: number }
    ).n
  return { intake_red_flags: count('intake_red_flags'), intake_causes: count('intake_causes') }
}

function statuses(db: Database): string[] {
  return db
    .prepare('SELECT DISTINCT intake_status FROM intake_causes ORDER BY 1')
    .pluck()
    .all() as string[]
}

/** A demo database written by today's code, at today's schema. */
function demoDatabase(): Database {
  const db = openDatabase({ keys: testKeys(), file: join(tempDir(), 'demo.sqlite3') })
  open.push(db)
  seedDemo(db, 80)
  return db
}

/**
 * Today's repositories write today's columns, so data "stored before" a migration is today's
 * data copied into a database at the older version: each table's columns that existed then.
 */
function copyIntoOlderSchema(from: Database, to: Database): void {
  const columnsOf = (db: Database, table: string) =>
    db.prepare<[string], string>('SELECT name FROM pragma_table_info(?)').pluck().all(table)
  for (const table of ['users', 'patients', 'intakes', 'intake_causes', 'intake_red_flags']) {
    const older = columnsOf(to, table)
    const columns = columnsOf(from, table).filter((column) => older.includes(column))
    const insert = to.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    )
    const rows = from
      .prepare(`SELECT ${columns.join(', ')} FROM ${table}`)
      .raw()
      .all()
    to.transaction(() => {
      for (const row of rows) insert.run(...(row as unknown[]))
    })()
  }
}

describe("each flag and cause carries its intake's status", () => {
  it('from submit through sign-off, as the repositories write them', () => {
    const db = openDatabase({ keys: testKeys(), file: join(tempDir(), 'clinic.sqlite3') })
    open.push(db)
    seedDemo(db, 80)
    expect(statuses(db)).toEqual(['reviewed', 'submitted'])
    expect(outOfStep(db)).toEqual({ intake_red_flags: 0, intake_causes: 0 })
  })

  it('when a clinician signs: the intake and its rows change together', () => {
    const db = openDatabase({ keys: testKeys(), file: join(tempDir(), 'clinic.sqlite3') })
    open.push(db)
    seedDemo(db, 40)
    const intake = db
      .prepare(
        `SELECT i.id FROM intakes i WHERE i.status = 'submitted'
         AND EXISTS (SELECT 1 FROM intake_causes c WHERE c.intake_id = i.id) LIMIT 1`,
      )
      .pluck()
      .get() as number
    db.prepare("UPDATE intakes SET status = 'reviewed' WHERE id = ?").run(intake)
    const copied = db
      .prepare('SELECT DISTINCT intake_status FROM intake_causes WHERE intake_id = ?')
      .pluck()
      .all(intake)
    expect(copied).toEqual(['reviewed'])
    expect(outOfStep(db)).toEqual({ intake_red_flags: 0, intake_causes: 0 })
  })

  it('filled in for intakes stored before the copy existed (the migration)', () => {
    const file = join(tempDir(), 'clinic.sqlite3')
    const before = MIGRATIONS.filter((migration) => migration.version < 6)
    const db = openDatabase({ keys: testKeys(), file, migrations: before })
    open.push(db)
    copyIntoOlderSchema(demoDatabase(), db)
    migrate(db, MIGRATIONS)
    expect(statuses(db)).toEqual(['reviewed', 'submitted'])
    expect(outOfStep(db)).toEqual({ intake_red_flags: 0, intake_causes: 0 })
  })
})
