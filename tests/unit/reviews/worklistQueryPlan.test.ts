import type { Database, Statement } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createWorklistRepository } from '../../../src/main/reviews/worklistRepository'
import { WorklistQuerySchema } from '../../../src/shared/review/worklist'
import type { WorklistQueryInput } from '../../../src/shared/review/worklist'
import { expectOk } from '../support/testCore'
import { CALM_ANSWERS, SOON_ANSWERS, useReviewTestCore, vignette } from './reviewFixtures'
import type { ReviewTestCore } from './reviewFixtures'

const openCore = useReviewTestCore()

interface Executed {
  readonly sql: string
  readonly params: unknown[]
}

/** A view of the database that records every statement run through it, with its parameters. */
function recording(db: Database, executed: Executed[]): Database {
  const wrap = (statement: Statement, sql: string) =>
    new Proxy(statement, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target)
        if (typeof value !== 'function') return value
        return (...params: unknown[]) => {
          if (['all', 'get', 'iterate', 'run'].includes(String(property))) {
            executed.push({ sql, params })
          }
          return (value as (...args: unknown[]) => unknown).apply(target, params)
        }
      },
    })
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return (sql: string) => wrap(target.prepare(sql), sql)
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value
    },
  })
}

function plan(db: Database, { sql, params }: Executed): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
  return rows.map((row) => row.detail)
}

/** Enough intakes of every kind that the planner has a real choice to make. */
async function seed(core: ReviewTestCore): Promise<void> {
  const kinds = [vignette('P09').answers, vignette('P10').answers, SOON_ANSWERS, CALM_ANSWERS]
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0')
    const { intakeId } = await core.submit({
      answers: kinds[i % kinds.length] ?? CALM_ANSWERS,
      submittedAt: `2026-02-${day}T0${i % 10}:00:00Z`,
      visitDate: `2026-02-${day}`,
      patient: { givenName: `Given${i}`, familyName: `Family${i % 7}`, recordNumber: `R-${i}` },
    })
    if (i % 3 === 0) {
      const assessment = expectOk(await core.api.reviews.get({ intakeId })).intake.assessment
      const decisions = (assessment?.causes ?? [])
        .filter((cause) => cause.tier !== 'unlikely')
        .map((cause) => ({ causeId: cause.id, decision: 'open' as const, note: '' }))
      expectOk(
        await core.api.reviews.signOff({ intakeId, version: null, decisions, clinicalNote: '' }),
      )
    }
  }
}

const FILTERS: WorklistQueryInput[] = [
  {},
  { redFlag: 'cauda_equina' },
  { likelyCause: 'disc_herniation' },
  { from: '2026-02-03', to: '2026-02-09' },
  { from: '2026-02-03' },
  { dateField: 'visit', from: '2026-02-03', to: '2026-02-09' },
  { dateField: 'visit', to: '2026-02-09' },
  { patientQuery: 'family3' },
  { patientQuery: 'given1 family1' },
  { patientQuery: '1975-06-15' },
  { patientQuery: 'R-7' },
  { patientQuery: 'family2 1975-06-15' },
  {
    redFlag: 'persistent_or_severe',
    likelyCause: 'sciatica',
    dateField: 'visit',
    from: '2026-02-01',
    to: '2026-02-28',
    patientQuery: 'family',
  },
]
const STATUSES = ['awaiting', 'reviewed', 'all'] as const

/**
 * Any scan of a real table: only virtual tables (FTS5 name index, json_each ids) and the rows a
 * LIMITed subquery hands on (a capped count) may be scanned.
 */
const ANY_TABLE_SCAN = /^SCAN (?!(patient_name_index|json_each) VIRTUAL TABLE|\(subquery-\d+\))/
/** A scan of the intake tables or the reviews, which grow with every visit. */
const INTAKE_SCAN = /^SCAN (i|r|intakes|reviews|intake_causes|intake_red_flags)\b/

/** The statement that reads the page's rows (the others count, choose and look up). */
const isPage = (statement: Executed) => statement.sql.includes('AS intake_id')

function checkPlans(db: Database, forbidden: RegExp): void {
  for (const status of STATUSES) {
    for (const filters of FILTERS) {
      const executed: Executed[] = []
      createWorklistRepository(recording(db, executed)).page(
        WorklistQuerySchema.parse({ ...filters, status }),
      )
      // One page, whatever else the repository runs to count the tabs and choose its path.
      expect(executed.filter(isPage)).toHaveLength(1)
      for (const statement of executed) {
        const lines = plan(db, statement)
        const where = `${status} ${JSON.stringify(filters)}: ${statement.sql}\n${lines.join('\n')}`
        expect(
          lines.filter((line) => forbidden.test(line)),
          where,
        ).toEqual([])
        expect(
          lines.some((line) => /^SEARCH/.test(line)),
          where,
        ).toBe(true)
      }
      if (Object.keys(filters).length === 0) {
        // Unfiltered, each list is read straight off an index in its order: no sorting step.
        const page = plan(db, executed.find(isPage) as Executed)
        expect(page.join('\n'), status).not.toContain('TEMP B-TREE')
      }
    }
  }
}

describe('the worklist queries', () => {
  it('are served by indexes and never scan the intakes table', async () => {
    const core = openCore()
    await seed(core)
    checkPlans(core.core.db, ANY_TABLE_SCAN)
  })

  it('never scan the intakes once the planner has statistics (ANALYZE)', async () => {
    const core = openCore()
    await seed(core)
    core.core.db.exec('ANALYZE')
    // With statistics on a few dozen patients the planner may read the small patients index
    // whole rather than look names up; the intakes, which grow with every visit, stay indexed.
    checkPlans(core.core.db, INTAKE_SCAN)
  })
})
