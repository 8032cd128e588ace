// m014: the worklist's patient filter reads the intakes of the matching patients, with their
// status, off one index, never their rows. Reading each row to learn its status was what made a
// two-letter name prefix take 100 ms at clinic scale on the encrypted database (npm run bench):
// every row read is a page decrypted. Asserted on the planner's plan, as in queryPlans.test.ts.
import Database from 'better-sqlite3-multiple-ciphers'
import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations/index'
import { m014WorklistIndexes } from '../../../src/main/db/migrations/m014WorklistIndexes'
import { buildMatchesFrom, buildSourceSize } from '../../../src/main/reviews/worklistQuery'
import { createWorklistRepository } from '../../../src/main/reviews/worklistRepository'
import { WORKLIST_STATUSES, WorklistQuerySchema } from '../../../src/shared/review/worklist'
import type { WorklistStatus } from '../../../src/shared/review/worklist'
import { databaseBefore } from '../support/databaseBefore'
import { queryPlan, recordingDatabase } from './recordingDatabase'
import type { ExecutedStatement } from './recordingDatabase'

const open: SqliteDatabase[] = []
afterEach(() => {
  while (open.length) open.pop()?.close()
})

function seeded(analyzed: boolean): SqliteDatabase {
  const db = new Database(':memory:')
  open.push(db)
  migrate(db, MIGRATIONS)
  seedDemo(db, 150, new Date('2026-06-15T10:00:00.000Z'))
  if (analyzed) db.exec('ANALYZE')
  return db
}

function indexColumns(db: SqliteDatabase, index: string): string[] {
  return db
    .prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno')
    .pluck()
    .all(index) as string[]
}

describe('migration 14: worklist indexes that carry what they are read for', () => {
  it('redefines the indexes with the columns they are read for, keeping every intake', () => {
    const now = '2026-03-02T09:00:00.000Z'
    const db = databaseBefore(14, now)
    open.push(db)
    db.prepare(
      `INSERT INTO intakes (id, patient_id, status, visit_date, created_at, updated_at)
       VALUES (7, 1, 'draft', '2026-03-02', ?, ?)`,
    ).run(now, now)
    expect(indexColumns(db, 'intakes_by_patient')).toEqual(['patient_id', 'visit_date'])
    expect(migrate(db, [m014WorklistIndexes])).toEqual([14])
    expect(schemaVersion(db)).toBe(14)
    expect(indexColumns(db, 'intakes_by_patient')).toEqual([
      'patient_id',
      'visit_date',
      'id',
      'status',
    ])
    expect(db.prepare('SELECT id, status FROM intakes').all()).toEqual([{ id: 7, status: 'draft' }])
    // The reviewed tab's two ways: newest signature first, and a set of intakes' signatures.
    expect(indexColumns(db, 'reviews_by_status_signed')).toEqual([
      'status',
      'signed_at',
      'id',
      'intake_id',
    ])
    expect(indexColumns(db, 'reviews_by_intake')).toEqual(['intake_id', 'status', 'signed_at'])
  })
})

describe.each([
  ['without statistics', false],
  ['after ANALYZE', true],
])("the worklist's patient filter %s", (_name, analyzed) => {
  it('reads the intakes of the matching patients off the index alone, counted or listed', () => {
    const db = seeded(analyzed)
    const someone = db
      .prepare('SELECT family_name, date_of_birth, record_number FROM patients WHERE id = 7')
      .get() as { family_name: string; date_of_birth: string; record_number: string }
    const queries = [
      someone.family_name.slice(0, 2),
      someone.family_name,
      someone.date_of_birth,
      someone.record_number,
    ]
    for (const patientQuery of queries) {
      const query = WorklistQuerySchema.parse({ patientQuery })
      for (const status of ['submitted', 'reviewed'] as const) {
        // The patient filter as the worklist asks it: counted (up to a point), then listed.
        for (const { sql, params } of [
          buildSourceSize(query, 'patient', status, 5001),
          buildMatchesFrom(query, 'patient', status),
        ]) {
          const byPatient = queryPlan(db, { sql, params }).filter((line) =>
            line.includes('intakes_by_patient'),
          )
          expect(byPatient.length, sql).toBeGreaterThan(0)
          for (const line of byPatient) {
            expect(line).toMatch(/USING COVERING INDEX intakes_by_patient/)
          }
        }
      }
    }
  })
})

describe('a name prefix matching more patients than a small set', () => {
  it('is not counted intake by intake: its intakes are taken to be many, the page the same', () => {
    const db = seeded(false)
    const limits = { count: 3, smallSet: 2 }
    const countsIntakesByPatient = (patientQuery: string, status: WorklistStatus) => {
      const executed: ExecutedStatement[] = []
      const page = createWorklistRepository(recordingDatabase(db, executed), limits).page(
        WorklistQuerySchema.parse({ patientQuery, status }),
      )
      const counted = executed.some(
        ({ sql }) => /count\(\*\)/i.test(sql) && sql.includes('intakes_by_patient'),
      )
      return { counted, page }
    }
    const many = db
      .prepare("SELECT count(*) FROM patient_name_index WHERE patient_name_index MATCH 'de*'")
      .pluck()
      .get() as number
    expect(many).toBeGreaterThan(limits.smallSet)
    const someone = db.prepare('SELECT record_number FROM patients WHERE id = 7').pluck().get()
    for (const status of WORKLIST_STATUSES) {
      const byName = countsIntakesByPatient('de', status)
      expect(byName.counted).toBe(false)
      // The same page as when every match is read and sorted (counts stop at each limit).
      expect(byName.page.items).toEqual(
        createWorklistRepository(db, { count: 1000, smallSet: 5000 }).page(
          WorklistQuerySchema.parse({ patientQuery: 'de', status }),
        ).items,
      )
      // A record number names one patient: their intakes are counted as before.
      expect(countsIntakesByPatient(String(someone), status).counted).toBe(true)
    }
  })
})
