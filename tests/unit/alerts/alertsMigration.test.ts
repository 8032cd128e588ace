// m012: the alerts table arrives on an existing database without touching what is there.
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { databaseBefore } from '../support/databaseBefore'
import { m012Alerts } from '../../../src/main/db/migrations/m012Alerts'

function databaseBefore12() {
  const now = '2026-03-02T09:00:00.000Z'
  const db = databaseBefore(12, now)
  db.prepare(
    `INSERT INTO intakes (id, patient_id, status, visit_date, created_at, updated_at)
     VALUES (7, 1, 'draft', '2026-03-02', ?, ?)`,
  ).run(now, now)
  return db
}

describe('migration 12: emergency alerts', () => {
  it('adds a STRICT alerts table at version 12 and keeps existing intakes', () => {
    const db = databaseBefore12()
    expect(migrate(db, [m012Alerts])).toEqual([12])
    expect(schemaVersion(db)).toBe(12)
    const columns = db.prepare("SELECT name FROM pragma_table_info('alerts')").pluck().all()
    expect(columns).toEqual([
      'id',
      'intake_id',
      'patient_id',
      'raised_at',
      'acknowledged_by',
      'acknowledged_at',
    ])
    const strict = db
      .prepare("SELECT strict FROM pragma_table_list WHERE name = 'alerts'")
      .pluck()
      .get()
    expect(strict).toBe(1)
    // No alert is raised for what was submitted before: see the migration's comment.
    expect(db.prepare('SELECT COUNT(*) FROM alerts').pluck().get()).toBe(0)
    expect(db.prepare('SELECT COUNT(*) FROM intakes').pluck().get()).toBe(1)
  })

  it('allows one alert per intake, of a real intake, acknowledged by someone at some time', () => {
    const db = databaseBefore12()
    migrate(db, [m012Alerts])
    const raise = db.prepare(
      "INSERT INTO alerts (intake_id, patient_id, raised_at) VALUES (?, 1, '2026-03-02T09:00Z')",
    )
    raise.run(7)
    expect(() => raise.run(7)).toThrow(/UNIQUE/)
    expect(() => raise.run(99)).toThrow(/FOREIGN KEY/)
    expect(() =>
      db
        .prepare("UPDATE alerts SET acknowledged_at = '2026-03-02T09:05Z' WHERE intake_id = 7")
        .run(),
    ).toThrow(/CHECK/)
  })

  it('uses its index for the open alerts', () => {
    const db = databaseBefore12()
    migrate(db, [m012Alerts])
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM alerts WHERE acknowledged_at IS NULL
         ORDER BY raised_at, id`,
      )
      .all() as { detail: string }[]
    expect(plan.map((step) => step.detail).join(' ')).toContain('alerts_open')
  })
})
