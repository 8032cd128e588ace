// The agreement report's monthly counts (m015): the report read off them (whole months) and off
// the rows (the days around them) equals the report counted row by row, as it was before, for
// periods that start and end anywhere; the counts follow sign-off, amendments, entered in error
// and any other change of the rows; and the migration fills them in for reviews signed before it.
import Database from 'better-sqlite3-multiple-ciphers'
import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { createAgreementQueries } from '../../../src/main/agreement/agreementQueries'
import type {
  AgreementQueries,
  FlagCount,
  SignedRange,
} from '../../../src/main/agreement/agreementQueries'
import { buildAgreementReport } from '../../../src/main/agreement/buildAgreementReport'
import { splitByMonths } from '../../../src/main/agreement/signedMonths'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations/index'
import { m015AgreementMonths } from '../../../src/main/db/migrations/m015AgreementMonths'
import { createIntakeRepository } from '../../../src/main/intakes/intakeRepository'
import { createReviewRepository } from '../../../src/main/reviews/reviewRepository'
import { AgreementQuerySchema } from '../../../src/shared/agreement/agreementReport'
import type { AgreementQueryInput } from '../../../src/shared/agreement/agreementReport'
import type { Decision } from '../../../src/shared/review/decisions'
import { seededRandom } from '../../../src/shared/seededRandom'

const NOW = new Date('2026-06-15T10:00:00.000Z')
const open: SqliteDatabase[] = []
afterEach(() => {
  while (open.length) open.pop()?.close()
})

/** An in-memory database at the schema after `migrations`, with signed demo reviews. */
function seeded(migrations = MIGRATIONS, patients = 120): SqliteDatabase {
  const db = new Database(':memory:')
  open.push(db)
  db.pragma('foreign_keys = ON')
  migrate(db, migrations)
  seedDemo(db, patients, NOW)
  return db
}

/** The report's counts made the straightforward way: each one a pass over its own rows. */
function rowByRow(db: SqliteDatabase): AgreementQueries {
  const versions = db
    .prepare(
      `SELECT DISTINCT engine_version FROM intakes
       WHERE status = 'reviewed' AND engine_version > '' ORDER BY engine_version`,
    )
    .pluck()
  const reviews = db
    .prepare(
      `SELECT COUNT(*) FROM intakes
       WHERE status = 'reviewed' AND engine_version = ? AND signed_at >= ? AND signed_at < ?`,
    )
    .pluck()
  const outcomes = db
    .prepare(
      `SELECT COUNT(*) FROM review_outcomes
       WHERE intake_status = 'reviewed' AND cause_id = ? AND tier = ? AND decision = ?
         AND engine_version = ? AND signed_at >= ? AND signed_at < ?`,
    )
    .pluck()
  const flagged = `FROM intake_red_flags WHERE intake_status = 'reviewed'
    AND (@version IS NULL OR engine_version = @version) AND signed_at >= @from AND signed_at < @to`
  const flags = db.prepare(
    `SELECT flag_id AS flagId, urgency, COUNT(*) AS raised ${flagged} GROUP BY flag_id, urgency`,
  )
  const waits = db
    .prepare(`SELECT wait_minutes ${flagged} AND flag_id = @flagId AND urgency = @urgency`)
    .pluck()
  return {
    engineVersions: () => versions.all() as string[],
    reviews: (version, range) => reviews.get(version, range.from, range.to) as number,
    outcomes: (version, range) => (causeId, tier, decision) =>
      outcomes.get(causeId, tier, decision, version, range.from, range.to) as number,
    flags: (version, range) => flags.all({ version, ...range }) as FlagCount[],
    waitsAt: (flag, version, range, offset) =>
      (waits.all({ ...range, version, flagId: flag.flagId, urgency: flag.urgency }) as number[])
        .sort((a, b) => a - b)
        .slice(offset, offset + 2),
  }
}

/** Calendar days from 2025-06 to 2026-07 (the demo's reviews span the months before NOW). */
function randomDay(random: () => number): string {
  const day = new Date(Date.UTC(2025, 5, 1) + Math.floor(random() * 400) * 86_400_000)
  return day.toISOString().slice(0, 10)
}

/** Open periods, month and year boundaries, single days, and random periods. */
function periods(): AgreementQueryInput[] {
  const random = seededRandom(15)
  const chosen: AgreementQueryInput[] = [
    {},
    { from: '2026-03-01' },
    { to: '2026-03-31' },
    { from: '2026-03-01', to: '2026-03-31' },
    { from: '2026-02-28', to: '2026-03-01' },
    { from: '2026-03-31', to: '2026-04-01' },
    { from: '2025-12-31', to: '2026-01-01' },
    { from: '2025-12-15', to: '2026-02-15' },
    { from: '2026-04-10', to: '2026-04-10' },
  ]
  for (let i = 0; i < 40; i++) {
    const [a, b] = [randomDay(random), randomDay(random)].sort() as [string, string]
    chosen.push(i % 4 === 0 ? { from: a } : i % 4 === 1 ? { to: b } : { from: a, to: b })
  }
  return chosen
}

/** The fast report and the row-by-row one, for every period and engine version. */
function expectSameReports(db: SqliteDatabase): void {
  const fast = createAgreementQueries(db)
  const slow = rowByRow(db)
  const versions = [null, ...slow.engineVersions()]
  for (const period of periods()) {
    for (const engineVersion of versions) {
      const query = AgreementQuerySchema.parse({ ...period, engineVersion })
      expect(buildAgreementReport(fast, query), JSON.stringify(query)).toEqual(
        buildAgreementReport(slow, query),
      )
    }
  }
}

/** The monthly counts as the migration would fill them in now, and as the triggers kept them. */
function monthlyCounts(db: SqliteDatabase) {
  const kept = (table: string, keyColumns: number) => {
    const order = Array.from({ length: keyColumns }, (_, i) => i + 1).join(', ')
    return db.prepare(`SELECT * FROM ${table} WHERE n <> 0 ORDER BY ${order}`).all()
  }
  const month = 'substr(signed_at, 1, 7) AS month'
  return {
    kept: {
      reviews: kept('agreement_review_months', 2),
      outcomes: kept('agreement_outcome_months', 5),
      flags: kept('agreement_flag_months', 4),
    },
    recounted: {
      reviews: db
        .prepare(
          `SELECT engine_version, ${month}, count(*) AS n FROM intakes
           WHERE status = 'reviewed' AND engine_version IS NOT NULL AND signed_at IS NOT NULL
           GROUP BY 1, 2 ORDER BY 1, 2`,
        )
        .all(),
      outcomes: db
        .prepare(
          `SELECT engine_version, ${month}, cause_id, tier, decision, count(*) AS n
           FROM review_outcomes WHERE intake_status = 'reviewed'
           GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
        )
        .all(),
      flags: db
        .prepare(
          `SELECT engine_version, ${month}, flag_id, urgency, count(*) AS n FROM intake_red_flags
           WHERE intake_status = 'reviewed' AND engine_version IS NOT NULL
             AND signed_at IS NOT NULL
           GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
        )
        .all(),
    },
  }
}

function expectCountsInStep(db: SqliteDatabase): void {
  const { kept, recounted } = monthlyCounts(db)
  expect(recounted.outcomes.length).toBeGreaterThan(10)
  expect(kept).toEqual(recounted)
}

function reviewedIntakes(db: SqliteDatabase): number[] {
  return db
    .prepare("SELECT id FROM intakes WHERE status = 'reviewed' ORDER BY id")
    .pluck()
    .all() as number[]
}

const OTHER: Record<Decision, Decision> = { confirm: 'rule_out', rule_out: 'open', open: 'confirm' }

describe('the agreement report off monthly counts', () => {
  it('equals counting the rows, for periods starting and ending anywhere', () => {
    const db = seeded()
    expect(reviewedIntakes(db).length).toBeGreaterThan(40)
    expectCountsInStep(db)
    expectSameReports(db)
  })

  it('follows amendments, entered in error, a second engine version and rows changed directly', () => {
    const db = seeded()
    const reviews = createReviewRepository(db)
    const intakes = createIntakeRepository(db)
    const [amended, inError, ...rest] = [
      reviewedIntakes(db).slice(0, 10),
      reviewedIntakes(db).slice(10, 16),
      reviewedIntakes(db).slice(16, 30),
    ]
    const stamp = { now: NOW.toISOString(), userId: null, userName: null }
    for (const intakeId of amended) {
      const review = reviews.getByIntake(intakeId)
      if (!review) throw new Error('a reviewed intake without its review')
      const decisions = review.decisions.map((d) => ({
        ...d,
        decision: d.decision === null ? null : OTHER[d.decision],
      }))
      const content = { decisions, otherDiagnoses: [], clinicalNote: 'Amended for the test.' }
      reviews.amend(intakeId, null, 'Corrected after the examination.', content, stamp)
    }
    expectCountsInStep(db)
    for (const intakeId of inError) {
      intakes.markEnteredInError(intakeId, 'Wrong patient chosen.', stamp.now, null)
    }
    expectCountsInStep(db)
    // Rows written by other code than the repositories: the triggers keep up all the same.
    const some = JSON.stringify(rest[0])
    db.prepare(
      `UPDATE intakes SET engine_version = '1.0.0' WHERE id IN (SELECT value FROM json_each(?))`,
    ).run(some)
    db.prepare(
      `UPDATE review_outcomes SET engine_version = '1.0.0'
       WHERE intake_id IN (SELECT value FROM json_each(?))`,
    ).run(some)
    db.prepare(
      `UPDATE intake_red_flags SET engine_version = '1.0.0', signed_at = '2025-12-31T23:59:59.999Z'
       WHERE intake_id IN (SELECT value FROM json_each(?))`,
    ).run(some)
    db.prepare('DELETE FROM review_outcomes WHERE intake_id = ?').run(rest[0]?.[0])
    expectCountsInStep(db)
    expectSameReports(db)
  })

  it('is filled in by the migration for reviews signed before it', () => {
    const db = seeded(
      MIGRATIONS.filter((migration) => migration.version < 15),
      60,
    )
    expect(migrate(db, [m015AgreementMonths])).toEqual([15])
    expectCountsInStep(db)
    expectSameReports(db)
  })

  it('splits a period into whole months and the days around them, exactly', () => {
    const random = seededRandom(7)
    const instants = ['', '2026', '2026-03', '2026-03-', '\uffff', '2026-03-31T23:59:59.999Z']
    for (let i = 0; i < 300; i++) {
      instants.push(new Date(Date.UTC(2025, 0, 1) + random() * 6e10).toISOString())
    }
    const inRange = (s: string, range: SignedRange) => s >= range.from && s < range.to
    const wrong: unknown[] = []
    for (const from of instants) {
      for (const to of instants.slice(0, 40)) {
        const range = { from, to }
        const split = splitByMonths(range)
        for (const s of instants) {
          const times =
            (split.months && inRange(s.slice(0, 7), split.months) ? 1 : 0) +
            split.days.filter((days) => inRange(s, days)).length
          if (times !== (inRange(s, range) ? 1 : 0)) wrong.push({ range, s, times })
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
