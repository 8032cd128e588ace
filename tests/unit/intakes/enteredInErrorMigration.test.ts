// m013: the status CHECKs of intakes and of the copies beside flags, causes and outcomes are
// widened by rebuilding those tables; nothing stored before may change or be lost.
import type Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { databaseBefore } from '../support/databaseBefore'
import { m013EnteredInError } from '../../../src/main/db/migrations/m013EnteredInError'

const NOW = '2026-03-02T09:00:00.000Z'

function databaseBefore13() {
  const db = databaseBefore(13, NOW)
  const intake = db.prepare(
    `INSERT INTO intakes (id, patient_id, status, visit_date, created_at, updated_at, submitted_at,
       urgency_rank) VALUES (?, 1, ?, '2026-03-02', ?, ?, ?, 3)`,
  )
  intake.run(7, 'draft', NOW, NOW, null)
  intake.run(8, 'submitted', NOW, NOW, NOW)
  db.prepare(
    "INSERT INTO intake_red_flags (intake_id, flag_id, urgency) VALUES (8, 'saddleNumbness', 'emergency')",
  ).run()
  db.prepare(
    "INSERT INTO intake_causes (intake_id, cause_id, tier) VALUES (8, 'radiculopathy', 'likely')",
  ).run()
  db.prepare(
    "INSERT INTO alerts (intake_id, patient_id, raised_at) VALUES (8, 1, '2026-03-02T09:00Z')",
  ).run()
  return db
}

function schemaOtherThanTables(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT sql FROM sqlite_schema WHERE type <> 'table' AND sql IS NOT NULL ORDER BY name",
    )
    .pluck()
    .all() as string[]
}

describe('migration 13: entered in error', () => {
  it('keeps every row, index and trigger, with foreign keys enforced again afterwards', () => {
    const db = databaseBefore13()
    const indexesAndTriggers = schemaOtherThanTables(db)
    expect(migrate(db, [m013EnteredInError])).toEqual([13])
    expect(schemaVersion(db)).toBe(13)
    expect(schemaOtherThanTables(db)).toEqual(indexesAndTriggers)
    expect(db.prepare('SELECT id, status FROM intakes ORDER BY id').all()).toEqual([
      { id: 7, status: 'draft' },
      { id: 8, status: 'submitted' },
    ])
    expect(db.prepare('SELECT intake_status FROM intake_red_flags').pluck().get()).toBe('submitted')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('foreign_key_check')).toEqual([])
    // The alerts still point at the rebuilt intakes table, and are checked against it.
    const raise = db.prepare(
      "INSERT INTO alerts (intake_id, patient_id, raised_at) VALUES (?, 1, '2026-03-02T09:00Z')",
    )
    expect(() => raise.run(99)).toThrow(/FOREIGN KEY/)
  })

  it('records who, when and why, and carries the status to the flags and causes', () => {
    const db = databaseBefore13()
    migrate(db, [m013EnteredInError])
    db.prepare(
      `UPDATE intakes SET status = 'entered_in_error', entered_in_error_at = ?,
         entered_in_error_reason = 'Wrong patient' WHERE id = 8`,
    ).run(NOW)
    expect(db.prepare('SELECT intake_status FROM intake_red_flags').pluck().get()).toBe(
      'entered_in_error',
    )
    expect(db.prepare('SELECT intake_status FROM intake_causes').pluck().get()).toBe(
      'entered_in_error',
    )
  })

  it('refuses an entered-in-error status without its reason, or a discard without its time', () => {
    const db = databaseBefore13()
    migrate(db, [m013EnteredInError])
    expect(() =>
      db.prepare("UPDATE intakes SET status = 'entered_in_error' WHERE id = 8").run(),
    ).toThrow(/CHECK/)
    expect(() => db.prepare("UPDATE intakes SET status = 'discarded' WHERE id = 7").run()).toThrow(
      /CHECK/,
    )
    expect(() => db.prepare("UPDATE intakes SET status = 'deleted' WHERE id = 7").run()).toThrow(
      /CHECK/,
    )
  })

  it('keeps the worklist on its index', () => {
    const db = databaseBefore13()
    migrate(db, [m013EnteredInError])
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM intakes WHERE status = 'submitted'
         ORDER BY urgency_rank, submitted_at, id`,
      )
      .all() as { detail: string }[]
    expect(plan.map((step) => step.detail).join(' ')).toContain('COVERING INDEX intakes_worklist')
  })
})
