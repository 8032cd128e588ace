// Migration 10 (m010AgreementCopies): the copies the agreement report counts on are filled in for
// reviews signed before it, kept by the database afterwards, and the fast counts equal the same
// counts made the slow way, by joining each outcome and flag to its review and intake.
import { join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { createAgreementQueries } from '../../../src/main/agreement/agreementQueries'
import { buildAgreementReport } from '../../../src/main/agreement/buildAgreementReport'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { fillAgreementCopies } from '../../../src/main/db/migrations/m010AgreementCopies'
import { openDatabase } from '../../../src/main/db/openDatabase'
import { AgreementQuerySchema } from '../../../src/shared/agreement/agreementReport'
import { testKeys } from '../../support/keyedFiles'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const open: Database[] = []
afterEach(() => {
  while (open.length) open.pop()?.close()
})

function openLatest(): Database {
  const db = openDatabase({ keys: testKeys(), file: join(tempDir(), 'clinic.sqlite3') })
  open.push(db)
  return db
}

/** Rows whose copies differ from what their review and intake say. */
function copiesOutOfStep(db: Database): Record<string, number> {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number
  return {
    intakes: count(`SELECT count(*) FROM intakes i LEFT JOIN reviews r ON r.intake_id = i.id
      WHERE i.signed_at IS NOT (CASE WHEN i.status = 'reviewed' THEN r.signed_at END)`),
    review_outcomes: count(`SELECT count(*) FROM review_outcomes o
      JOIN intakes i ON i.id = o.intake_id JOIN reviews r ON r.intake_id = o.intake_id
      WHERE o.intake_status <> i.status OR o.engine_version <> i.engine_version
        OR o.signed_at <> r.signed_at`),
    intake_red_flags: count(`SELECT count(*) FROM intake_red_flags f
      JOIN intakes i ON i.id = f.intake_id LEFT JOIN reviews r ON r.intake_id = f.intake_id
      WHERE i.status = 'reviewed' AND (f.engine_version IS NOT i.engine_version
        OR f.signed_at IS NOT r.signed_at
        OR abs(f.wait_minutes - (julianday(r.signed_at) - julianday(i.submitted_at)) * 1440) > 1e-6)`),
  }
}

/** The report's cause counts made the slow, obvious way. */
function joinedCauseCounts(db: Database) {
  return db
    .prepare(
      `SELECT o.cause_id, o.tier, o.decision, count(*) AS n FROM review_outcomes o
       JOIN reviews r ON r.intake_id = o.intake_id AND r.status = 'signed'
       JOIN intakes i ON i.id = o.intake_id AND i.status = 'reviewed'
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all() as { cause_id: string; tier: string; decision: string; n: number }[]
}

function reportedCauseCounts(db: Database) {
  const report = buildAgreementReport(createAgreementQueries(db), AgreementQuerySchema.parse({}))
  const rows: { cause_id: string; tier: string; decision: string; n: number }[] = []
  for (const cause of report.causes) {
    for (const tier of ['likely', 'possible'] as const) {
      const counts = cause[tier]
      for (const [decision, n] of [
        ['confirm', counts.confirmed],
        ['open', counts.leftOpen],
        ['rule_out', counts.ruledOut],
      ] as const) {
        if (n > 0) rows.push({ cause_id: cause.causeId, tier, decision, n })
      }
    }
    if (cause.confirmedUnlikely > 0) {
      rows.push({
        cause_id: cause.causeId,
        tier: 'unlikely',
        decision: 'confirm',
        n: cause.confirmedUnlikely,
      })
    }
  }
  const order = (row: { cause_id: string; tier: string; decision: string }) =>
    `${row.cause_id} ${row.tier} ${row.decision}`
  return rows.sort((a, b) => (order(a) < order(b) ? -1 : 1))
}

describe('migration 10: what the agreement report counts on', () => {
  it('fills in the copies for reviews signed before it', () => {
    // Today's repositories write today's schema, so the reviews are signed first and their
    // copies then wiped back to what the new columns hold before the migration fills them in.
    const db = openLatest()
    seedDemo(db, 60)
    const signed = db.prepare("SELECT count(*) FROM reviews WHERE status = 'signed'").pluck()
    expect(signed.get()).toBeGreaterThan(5)
    db.exec(`
      UPDATE intakes SET signed_at = NULL;
      UPDATE review_outcomes SET engine_version = '', signed_at = '';
      UPDATE intake_red_flags SET engine_version = NULL, signed_at = NULL, wait_minutes = NULL;
    `)
    expect(copiesOutOfStep(db).review_outcomes).toBeGreaterThan(0)
    fillAgreementCopies(db)
    expect(copiesOutOfStep(db)).toEqual({ intakes: 0, review_outcomes: 0, intake_red_flags: 0 })
    expect(reportedCauseCounts(db)).toEqual(joinedCauseCounts(db))
  })

  it('keeps them as reviews are signed afterwards, and counts what the joins count', () => {
    const db = openLatest()
    seedDemo(db, 60)
    expect(copiesOutOfStep(db)).toEqual({ intakes: 0, review_outcomes: 0, intake_red_flags: 0 })
    expect(reportedCauseCounts(db).length).toBeGreaterThan(3)
    expect(reportedCauseCounts(db)).toEqual(joinedCauseCounts(db))
    const report = buildAgreementReport(createAgreementQueries(db), AgreementQuerySchema.parse({}))
    const flagsJoined = db
      .prepare(
        `SELECT count(*) FROM intake_red_flags f JOIN intakes i ON i.id = f.intake_id
         WHERE i.status = 'reviewed'`,
      )
      .pluck()
      .get()
    expect(report.redFlags.reduce((sum, flag) => sum + flag.raised, 0)).toBe(flagsJoined)
  })

  it('reads every count off an index, never a table', () => {
    const db = openLatest()
    seedDemo(db, 20)
    const queries = [
      `SELECT COUNT(*) FROM intakes WHERE status = 'reviewed' AND engine_version = '1.1.0'
         AND signed_at >= '' AND signed_at < 'z'`,
      `SELECT COUNT(*) FROM review_outcomes WHERE intake_status = 'reviewed'
         AND cause_id = 'sciatica' AND tier = 'likely' AND decision = 'confirm'
         AND engine_version = '1.1.0' AND signed_at >= '' AND signed_at < 'z'`,
      `SELECT flag_id, urgency, COUNT(*) FROM intake_red_flags WHERE intake_status = 'reviewed'
         AND (NULL IS NULL OR engine_version = NULL) AND signed_at >= '' AND signed_at < 'z'
         GROUP BY flag_id, urgency`,
    ]
    // Without the planner's statistics, and with them (what ANALYZE or PRAGMA optimize leave).
    for (const sql of [...queries, 'ANALYZE', ...queries]) {
      if (sql === 'ANALYZE') {
        db.exec(sql)
        continue
      }
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((step) => step.detail)
        .join(' | ')
      expect(plan).toMatch(/USING COVERING INDEX \w+_for_agreement/)
      expect(plan).not.toMatch(/TEMP B-TREE/)
    }
  })
})
