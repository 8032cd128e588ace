// The worklist answers a query one of two ways depending on how many intakes the filters match
// (sorted from the few matches, or read off the tab's index in order). On a few hundred intakes
// the clinic-sized limits always take the first way; tiny limits force the second. Whichever
// way it goes, the same filters must list the same intakes in the same order, page by page,
// and the counts must be the true counts up to the limit.
import { join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { createWorklistRepository } from '../../../src/main/reviews/worklistRepository'
import type { WorklistLimits } from '../../../src/main/reviews/worklistRepository'
import { localToday } from '../../../src/shared/patients/calendarDate'
import {
  WORKLIST_COUNT_LIMIT,
  WORKLIST_STATUSES,
  WorklistQuerySchema,
} from '../../../src/shared/review/worklist'
import type { WorklistQueryInput } from '../../../src/shared/review/worklist'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

function seeded(): Database {
  const core = openCore({ dataDir: join(tempDir(), 'data'), log: silentLogger })
  cores.push(core)
  seedDemo(core.db, 120)
  return core.db
}

function daysAgo(days: number): string {
  return localToday(new Date(Date.now() - days * 24 * 60 * 60 * 1000))
}

const FILTERS: WorklistQueryInput[] = [
  {},
  { redFlag: 'cauda_equina' },
  { redFlag: 'persistent_or_severe' },
  { likelyCause: 'muscle_strain' },
  { likelyCause: 'osteoarthritis' },
  { from: daysAgo(45), to: daysAgo(5) },
  { from: daysAgo(20) },
  { to: daysAgo(100) },
  { dateField: 'visit', from: daysAgo(60), to: daysAgo(30) },
  { dateField: 'visit', from: daysAgo(20) },
  { patientQuery: 'demo' },
  { patientQuery: 'sa' },
  { patientQuery: 'demo-maple' },
  { patientQuery: 'DEMO-000042' },
  { patientQuery: 'zoë' },
  { redFlag: 'persistent_or_severe', likelyCause: 'muscle_strain', from: daysAgo(90) },
  { likelyCause: 'disc_herniation', patientQuery: 'demo', dateField: 'visit', to: daysAgo(10) },
]

/** Forces the "many matches" path for every filter, with a count that stops almost at once. */
const TINY: WorklistLimits = { count: 2, smallSet: 1 }
/** Sorted from the matches only when a filter matches a handful. */
const SMALL: WorklistLimits = { count: 7, smallSet: 12 }

interface Listed {
  readonly ids: number[]
  readonly counts: { awaiting: number; reviewed: number; all: number }
}

/** Every intake a query lists, walking its pages of 10. */
function listAll(
  db: Database,
  filter: WorklistQueryInput,
  status: string,
  limits?: WorklistLimits,
): Listed {
  const repository = createWorklistRepository(db, limits)
  const ids: number[] = []
  let counts: Listed['counts'] | null = null
  for (let offset = 0; ; offset += 10) {
    const page = repository.page(
      WorklistQuerySchema.parse({ ...filter, status, limit: 10, offset }),
    )
    counts ??= page.counts
    ids.push(...page.items.map((item) => item.intakeId))
    if (page.items.length < 10) break
  }
  return { ids, counts: counts ?? { awaiting: 0, reviewed: 0, all: 0 } }
}

describe('the worklist lists the same intakes whichever way it reads them', () => {
  it('pages, order and capped counts agree for every tab and filter', () => {
    const db = seeded()
    let nonEmpty = 0
    for (const status of WORKLIST_STATUSES) {
      for (const filter of FILTERS) {
        const where = `${status} ${JSON.stringify(filter)}`
        const reference = listAll(db, filter, status)
        // On a few hundred intakes the clinic-sized limits count exactly.
        expect(reference.counts.all, where).toBeLessThan(WORKLIST_COUNT_LIMIT)
        const exact = reference.counts
        const tab =
          status === 'awaiting'
            ? exact.awaiting
            : status === 'reviewed'
              ? exact.reviewed
              : exact.all
        expect(reference.ids, where).toHaveLength(tab)
        expect(new Set(reference.ids).size, where).toBe(reference.ids.length)
        if (reference.ids.length > 0) nonEmpty += 1

        for (const limits of [TINY, SMALL]) {
          const other = listAll(db, filter, status, limits)
          expect(other.ids, `${where} with ${JSON.stringify(limits)}`).toEqual(reference.ids)
          expect(other.counts, `${where} with ${JSON.stringify(limits)}`).toEqual({
            awaiting: Math.min(limits.count, exact.awaiting),
            reviewed: Math.min(limits.count, exact.reviewed),
            all: Math.min(limits.count, exact.all),
          })
        }
      }
    }
    // The seed must give most filters something to list, or the comparison proves little.
    expect(nonEmpty).toBeGreaterThan(FILTERS.length * 2)
  })
})
