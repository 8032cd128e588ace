import type { Database } from 'better-sqlite3-multiple-ciphers'
import { CAUSE_IDS, RED_FLAG_IDS } from '../../shared/clinical/ids'
import type { CauseId, RedFlagId } from '../../shared/clinical/ids'
import { WORKLIST_COUNT_LIMIT, WorklistItemSchema } from '../../shared/review/worklist'
import type { WorklistCounts, WorklistPage, WorklistQuery } from '../../shared/review/worklist'
import {
  buildMatchesFrom,
  buildSourceSize,
  buildStatusCount,
  buildWorklistPage,
  buildWorklistPageOf,
  worklistSources,
} from './worklistQuery'
import type { ListedStatus, SourceKind, SqlQuery } from './worklistQuery'
import { buildNameMatchCount } from '../patients/patientSearchQuery'

interface WorklistRow {
  intake_id: number
  status: string
  visit_date: string
  submitted_at: string
  highest_urgency: string
  pain_now: number | null
  pain_worst_week: number | null
  patient_id: number
  given_name: string
  family_name: string
  date_of_birth: string
  record_number: string | null
  review_status: string | null
  signed_at: string | null
}

const causeOrder = new Map<string, number>(CAUSE_IDS.map((id, index) => [id, index]))
// RED_FLAG_IDS lists the flags most urgent first, as the assessment orders them.
const flagOrder = new Map<string, number>(RED_FLAG_IDS.map((id, index) => [id, index]))

function groupBy<T extends string>(
  rows: readonly { intake_id: number; id: T }[],
  order: ReadonlyMap<string, number>,
): Map<number, T[]> {
  const grouped = new Map<number, T[]>()
  for (const row of rows) {
    const list = grouped.get(row.intake_id) ?? []
    list.push(row.id)
    grouped.set(row.intake_id, list)
  }
  for (const list of grouped.values()) {
    list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  }
  return grouped
}

/**
 * How far the worklist counts and looks before it changes strategy. Tests make these small to
 * exercise, on a few intakes, the paths ten years of intakes take.
 */
export interface WorklistLimits {
  /** Counts stop here (the tab then says "1,000+"). */
  readonly count: number
  /**
   * A filter matching at most this many intakes is read whole and its matches sorted for the
   * page; beyond it, the page is read off the tab's index. Each filter's matches are counted up
   * to here to find the one that matches fewest.
   */
  readonly smallSet: number
}

const DEFAULT_LIMITS: WorklistLimits = { count: WORKLIST_COUNT_LIMIT, smallSet: 5000 }

/** The intakes with one status matching every filter, as far as they were read. */
interface Matches {
  readonly ids: number[]
  /** Every match is in `ids`. */
  readonly complete: boolean
}

/**
 * The worklist: one page of intakes plus the counts per tab, in a time that does not grow with
 * the years of intakes behind it.
 *
 * Without filters, the counts stop at the limit on the status index and the page is read off
 * the tab's index in order. With filters, for each status (awaiting, reviewed) the filter that
 * matches fewest intakes with it (each counted, up to a point, off its own index) is read, each
 * intake it gives checked against the others. When it matches few, all its matches are read and
 * the page is those sorted. When it matches many, it is read only until the count limit is
 * passed, and the page is read off the tab's index in order, checking each intake: it fills
 * quickly because so many match.
 */
export function createWorklistRepository(db: Database, limits: WorklistLimits = DEFAULT_LIMITS) {
  // Only the page's intakes are looked up, by primary key (the ids arrive as one JSON array).
  const likelyOf = db.prepare<[string], { intake_id: number; id: CauseId }>(`
    SELECT intake_id, cause_id AS id FROM intake_causes
    WHERE intake_id IN (SELECT value FROM json_each(?)) AND tier = 'likely'`)
  const flagsOf = db.prepare<[string], { intake_id: number; id: RedFlagId }>(`
    SELECT intake_id, flag_id AS id FROM intake_red_flags
    WHERE intake_id IN (SELECT value FROM json_each(?))`)
  const statusCounts = (['submitted', 'reviewed'] as const).map((status) => {
    const built = buildStatusCount(status, limits.count)
    return { statement: db.prepare<unknown[], { n: number }>(built.sql), params: built.params }
  })

  const run = <Row>({ sql, params }: SqlQuery) => db.prepare<unknown[], Row>(sql).all(...params)

  /**
   * Whether the patient filter names more patients than a small set holds (a short name prefix
   * can match thousands): their intakes are then taken to be too many to read whole, without
   * counting them. Counting walked thousands of patients' intakes twice per page, once per
   * status, for a decision that only picks how the page is read, never what it holds.
   */
  function namesManyPatients(query: WorklistQuery): boolean {
    const counted = buildNameMatchCount(query.patientQuery, limits.smallSet + 1)
    return counted !== null && (run<{ n: number }>(counted)[0]?.n ?? 0) > limits.smallSet
  }

  /**
   * The filter matching fewest intakes with `status` (ties: the first named by
   * worklistSources), and whether it matches few enough to read whole.
   */
  function narrowestSource(
    query: WorklistQuery,
    kinds: readonly SourceKind[],
    status: ListedStatus,
    manyPatients: boolean,
  ): { kind: SourceKind; small: boolean } {
    let best = kinds[0] as SourceKind
    let bestSize = Infinity
    for (const kind of kinds) {
      const size =
        kind === 'patient' && manyPatients
          ? limits.smallSet + 1
          : (run<{ n: number }>(buildSourceSize(query, kind, status, limits.smallSet + 1))[0]?.n ??
            0)
      if (size < bestSize) {
        best = kind
        bestSize = size
      }
      if (size === 0) break
    }
    return { kind: best, small: bestSize <= limits.smallSet }
  }

  /**
   * The intakes with `status` matching every filter: all of them when the narrowest filter
   * matches few, else only as many as it takes to know there are more than the count limit.
   */
  function matches(
    query: WorklistQuery,
    kinds: readonly SourceKind[],
    status: ListedStatus,
    manyPatients: boolean,
  ) {
    const source = narrowestSource(query, kinds, status, manyPatients)
    const keep = source.small ? Infinity : limits.count
    const ids: number[] = []
    let complete = true
    const { sql, params } = buildMatchesFrom(query, source.kind, status)
    for (const id of db
      .prepare<unknown[], number>(sql)
      .pluck()
      .iterate(...params)) {
      if (ids.length === keep) {
        // Leaving the loop ends the statement: the rest of the matches are never read.
        complete = false
        break
      }
      ids.push(id)
    }
    return { ids, complete }
  }

  /** The ids a tab lists when all of them were found, else null (too many to sort). */
  function knownIds(query: WorklistQuery, found: Record<ListedStatus, Matches>): number[] | null {
    const { submitted, reviewed } = found
    switch (query.status) {
      case 'awaiting':
        return submitted.complete ? submitted.ids : null
      case 'reviewed':
        return reviewed.complete ? reviewed.ids : null
      case 'all':
        return submitted.complete && reviewed.complete ? [...submitted.ids, ...reviewed.ids] : null
    }
  }

  function countsOf(awaiting: number, reviewed: number): WorklistCounts {
    const capped = (n: number) => Math.min(limits.count, n)
    return {
      awaiting: capped(awaiting),
      reviewed: capped(reviewed),
      all: capped(awaiting + reviewed),
    }
  }

  function rowsAndCounts(query: WorklistQuery): { rows: WorklistRow[]; counts: WorklistCounts } {
    const kinds = worklistSources(query)
    if (kinds.length === 0) {
      const [awaiting, reviewed] = statusCounts.map((c) => c.statement.get(...c.params)?.n ?? 0)
      return {
        rows: run<WorklistRow>(buildWorklistPage(query)),
        counts: countsOf(awaiting ?? 0, reviewed ?? 0),
      }
    }
    const manyPatients = kinds.includes('patient') && namesManyPatients(query)
    const found = {
      submitted: matches(query, kinds, 'submitted', manyPatients),
      reviewed: matches(query, kinds, 'reviewed', manyPatients),
    }
    const ids = knownIds(query, found)
    const rows = run<WorklistRow>(
      ids === null ? buildWorklistPage(query) : buildWorklistPageOf(query, JSON.stringify(ids)),
    )
    return {
      rows,
      counts: countsOf(found.submitted.ids.length, found.reviewed.ids.length),
    }
  }

  return {
    page(query: WorklistQuery): WorklistPage {
      const { rows, counts } = rowsAndCounts(query)
      const ids = JSON.stringify(rows.map((row) => row.intake_id))
      const likely = groupBy(likelyOf.all(ids), causeOrder)
      const flags = groupBy(flagsOf.all(ids), flagOrder)
      const items = rows.map((row) =>
        WorklistItemSchema.parse({
          intakeId: row.intake_id,
          status: row.status,
          visitDate: row.visit_date,
          submittedAt: row.submitted_at,
          highestUrgency: row.highest_urgency,
          patient: {
            id: row.patient_id,
            givenName: row.given_name,
            familyName: row.family_name,
            dateOfBirth: row.date_of_birth,
            recordNumber: row.record_number,
          },
          likelyCauses: likely.get(row.intake_id) ?? [],
          redFlags: flags.get(row.intake_id) ?? [],
          painNow: row.pain_now,
          painWorstWeek: row.pain_worst_week,
          review:
            row.review_status === null
              ? null
              : { status: row.review_status, signedAt: row.signed_at },
        }),
      )
      return { items, counts, offset: query.offset, limit: query.limit }
    },
  }
}

export type WorklistRepository = ReturnType<typeof createWorklistRepository>
