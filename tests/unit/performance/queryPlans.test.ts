// The queries behind the screens that must stay instant at clinic scale (the worklist, patient
// search, a patient's history) are served by their indexes. Asserted on the planner's own plan,
// not by timing: the plan does not depend on how busy the machine is, and a query that walks a
// table passes every small test until the clinic has ten years of data.
import { join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { createIntakeRepository } from '../../../src/main/intakes/intakeRepository'
import { silentLogger } from '../../../src/main/log'
import { createPatientRepository } from '../../../src/main/patients/patientRepository'
import { createWorklistRepository } from '../../../src/main/reviews/worklistRepository'
import { localToday } from '../../../src/shared/patients/calendarDate'
import { WORKLIST_STATUSES, WorklistQuerySchema } from '../../../src/shared/review/worklist'
import type { WorklistQueryInput } from '../../../src/shared/review/worklist'
import { useTempDir } from '../support/tempDataDir'
import { queryPlan, queryPlanSteps, recordingDatabase, stepsUnder } from './recordingDatabase'
import type { ExecutedStatement } from './recordingDatabase'

const tempDir = useTempDir()
const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

interface SeededPatient {
  id: number
  family_name: string
  date_of_birth: string
  record_number: string
}

/**
 * A small demo database (patients with drafts, submitted and signed intakes), optionally with
 * the planner's statistics (what `ANALYZE` or `PRAGMA optimize` would leave).
 */
function seeded(analyzed: boolean): { db: Database; someone: SeededPatient } {
  const core = openCore({ dataDir: join(tempDir(), 'data'), log: silentLogger })
  cores.push(core)
  seedDemo(core.db, 150)
  if (analyzed) core.db.exec('ANALYZE')
  const someone = core.db
    .prepare('SELECT id, family_name, date_of_birth, record_number FROM patients WHERE id = 7')
    .get() as SeededPatient
  return { db: core.db, someone }
}

/** The statements `use` ran on a repository made over a recording view of `db`. */
function statementsOf(db: Database, use: (recorded: Database) => unknown): ExecutedStatement[] {
  const executed: ExecutedStatement[] = []
  use(recordingDatabase(db, executed))
  expect(executed.length).toBeGreaterThan(0)
  return executed
}

/**
 * Any full pass over a real table or one of its indexes. Not: virtual tables (the FTS5 name
 * index, json_each over a set of ids), the rows a LIMITed subquery hands on (capped counts), and
 * the worklist's `page`, the ids of the one page it shows.
 */
const ANY_TABLE_SCAN = /^SCAN (?!\S+ VIRTUAL TABLE|\(subquery-\d+\)|page\b)/
const ANY_TABLE_SCAN_LINE = new RegExp(ANY_TABLE_SCAN.source, 'm')
/** A pass over the intakes (aliased `i` in the worklist), which grow by every visit. */
const INTAKES_SCAN = /^SCAN (intakes|i)\b/
const PATIENTS_SCAN = /^SCAN (patients|p)\b/

function expectIndexed(db: Database, statement: ExecutedStatement, forbidden: RegExp[]): string[] {
  const plan = queryPlan(db, statement)
  const where = `${statement.sql}\n${JSON.stringify(statement.params)}\n${plan.join('\n')}`
  for (const pattern of forbidden) {
    expect(
      plan.filter((line) => pattern.test(line)),
      where,
    ).toEqual([])
  }
  // An index search, or the full-text name index answering a MATCH.
  expect(
    plan.some((line) => line.startsWith('SEARCH') || / VIRTUAL TABLE INDEX \d+:M/.test(line)),
    where,
  ).toBe(true)
  return plan
}

function searchQueries(someone: SeededPatient): Record<string, string> {
  return {
    'two-letter name prefix': someone.family_name.slice(0, 2),
    'name prefix': someone.family_name.slice(0, 6),
    'given and family prefixes': 'sa demo',
    'accented prefix': 'zoë',
    'date of birth': someone.date_of_birth,
    'record number': someone.record_number,
    'name and date of birth': `demo ${someone.date_of_birth}`,
  }
}

function daysAgo(days: number): string {
  return localToday(new Date(Date.now() - days * 24 * 60 * 60 * 1000))
}

function worklistFilters(someone: SeededPatient): Record<string, WorklistQueryInput> {
  return {
    none: {},
    'red flag': { redFlag: 'cauda_equina' },
    'likely cause': { likelyCause: 'disc_herniation' },
    'submitted from-to': { from: daysAgo(40), to: daysAgo(10) },
    'submitted from': { from: daysAgo(30) },
    'submitted to': { to: daysAgo(30) },
    'visit from-to': { dateField: 'visit', from: daysAgo(40), to: daysAgo(10) },
    'visit to': { dateField: 'visit', to: daysAgo(20) },
    'name prefix': { patientQuery: someone.family_name.slice(0, 7) },
    'two name prefixes': { patientQuery: 'sa demo' },
    'date of birth': { patientQuery: someone.date_of_birth },
    'record number': { patientQuery: someone.record_number },
    'everything at once': {
      redFlag: 'persistent_or_severe',
      likelyCause: 'muscle_strain',
      dateField: 'visit',
      from: daysAgo(200),
      to: daysAgo(1),
      patientQuery: 'demo',
    },
  }
}

/** The repository's default limits, and limits so small that every filter counts as "many". */
const WORKLIST_MODES = [
  { mode: 'as sized for a clinic', limits: undefined },
  { mode: 'when every filter matches many', limits: { count: 1, smallSet: 1 } },
] as const

const isPage = (statement: ExecutedStatement) => statement.sql.includes('AS intake_id')

describe.each([
  { analyzed: false, label: 'without statistics', worklistForbidden: [ANY_TABLE_SCAN] },
  // With statistics on a few hundred rows the planner may read a small patients index whole
  // rather than look names up; the intakes, which grow with every visit, stay indexed.
  { analyzed: true, label: 'after ANALYZE', worklistForbidden: [INTAKES_SCAN] },
])('query plans $label', ({ analyzed, worklistForbidden }) => {
  it.each(WORKLIST_MODES)(
    'the worklist reads every tab and filter through indexes $mode, never scanning intakes',
    ({ limits }) => {
      const { db, someone } = seeded(analyzed)
      for (const status of WORKLIST_STATUSES) {
        for (const [name, filter] of Object.entries(worklistFilters(someone))) {
          const query = WorklistQuerySchema.parse({ ...filter, status })
          const statements = statementsOf(db, (recorded) =>
            createWorklistRepository(recorded, limits).page(query),
          )
          expect(statements.filter(isPage), `${status} ${name}`).toHaveLength(1)
          for (const statement of statements) expectIndexed(db, statement, worklistForbidden)
          if (name === 'none') {
            // Unfiltered, the page's ids come straight off an index in its order: nothing is
            // sorted but the page's own rows once they are read.
            const steps = queryPlanSteps(db, statements.find(isPage) as ExecutedStatement)
            const pageIds = stepsUnder(steps, /^(CO-ROUTINE|MATERIALIZE) page$/)
            expect(pageIds.length, status).toBeGreaterThan(0)
            expect(pageIds.join('\n'), status).not.toContain('TEMP B-TREE')
          }
        }
      }
    },
  )

  it('patient search finds names, dates of birth and record numbers without scanning patients', () => {
    const { db, someone } = seeded(analyzed)
    for (const [name, query] of Object.entries(searchQueries(someone))) {
      const statements = statementsOf(db, (recorded) =>
        createPatientRepository(recorded).search(query, 25),
      )
      for (const statement of statements) {
        expectIndexed(db, statement, [PATIENTS_SCAN, INTAKES_SCAN])
        expect(queryPlan(db, statement).join('\n'), name).not.toMatch(ANY_TABLE_SCAN_LINE)
      }
    }
  })

  it('a prefix matching very many names reads the first page in name order, never sorting them', () => {
    const { db, someone } = seeded(analyzed)
    for (const [name, query] of Object.entries(searchQueries(someone))) {
      // Every name query now counts as matching "many".
      const statements = statementsOf(db, (recorded) =>
        createPatientRepository(recorded, { manyNameMatches: 0 }).search(query, 25),
      )
      for (const statement of statements) {
        const plan = queryPlan(db, statement)
        const where = `${name}: ${statement.sql}\n${plan.join('\n')}`
        // The one pass allowed: the name index in order, stopped by the LIMIT once the page is
        // full, which is soon precisely because so many names match.
        const scans = plan.filter((line) => PATIENTS_SCAN.test(line))
        expect(
          scans.filter((line) => line !== 'SCAN patients USING INDEX patients_by_name'),
          where,
        ).toEqual([])
        if (scans.length > 0) expect(plan.join('\n'), where).not.toContain('TEMP B-TREE')
        expect(
          plan.filter((line) => INTAKES_SCAN.test(line)),
          where,
        ).toEqual([])
      }
    }
  })

  it('the empty search box reads the most recently changed patients off their index', () => {
    const { db } = seeded(analyzed)
    const statements = statementsOf(db, (recorded) =>
      createPatientRepository(recorded).search('', 25),
    )
    for (const statement of statements) {
      const plan = queryPlan(db, statement).join('\n')
      // An index walk in order, stopped by the LIMIT: the newest 25, never a sort of everyone.
      expect(plan).toContain('USING INDEX patients_by_updated_at')
      expect(plan).not.toContain('TEMP B-TREE')
    }
  })

  it("a patient's history is one index lookup, already in visit order", () => {
    const { db, someone } = seeded(analyzed)
    const statements = statementsOf(db, (recorded) =>
      createIntakeRepository(recorded).historyForPatient(someone.id),
    )
    for (const statement of statements) {
      const plan = expectIndexed(db, statement, [INTAKES_SCAN]).join('\n')
      expect(plan).toContain('USING INDEX intakes_by_patient (patient_id=?)')
      expect(plan).not.toContain('TEMP B-TREE')
    }
  })
})
