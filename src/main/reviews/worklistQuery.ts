import type { WorklistQuery, WorklistStatus } from '../../shared/review/worklist'
import { buildPatientMatch } from '../patients/patientSearchQuery'

export interface SqlQuery {
  readonly sql: string
  readonly params: (string | number)[]
}

/** Midnight at the start of a calendar day on this computer's clock, as a UTC ISO instant. */
export function localDayStart(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, day).toISOString()
}

/** Midnight at the end of a calendar day (the next day's start) on this computer's clock. */
export function localDayEnd(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, day + 1).toISOString()
}

// How the worklist stays instant on ten years of intakes (see worklistRepository.ts):
//
// - Every filter can be asked two ways: as a PROBE, a condition on one intake answered by a
//   lookup (its flags and causes by primary key, its dates and patient from its own row), or as
//   a SOURCE, the set of intakes it matches read straight off an index.
// - A page is either read off its tab's own index in the tab's order, probing each intake until
//   the page is full (cheap when the filters match many intakes), or sorted from a known, small
//   set of intake ids (when they match few).
// - Nothing ever materialises a large set first: "IN (SELECT ...)" over a common red flag would
//   build a list of most of the intakes before the first row comes back.

/** A filter that can produce the intakes it matches from an index. */
export type SourceKind = 'redFlag' | 'likelyCause' | 'submitted' | 'visit' | 'patient'

function submittedRange(query: WorklistQuery, column: string): SqlQuery {
  const conditions: string[] = []
  const params: string[] = []
  if (query.from !== null) {
    conditions.push(`${column} >= ?`)
    params.push(localDayStart(query.from))
  }
  if (query.to !== null) {
    conditions.push(`${column} < ?`)
    params.push(localDayEnd(query.to))
  }
  return { sql: conditions.join(' AND '), params }
}

function visitRange(query: WorklistQuery, column: string): SqlQuery {
  const conditions: string[] = []
  const params: string[] = []
  // Visit dates are calendar days already.
  if (query.from !== null) {
    conditions.push(`${column} >= ?`)
    params.push(query.from)
  }
  if (query.to !== null) {
    conditions.push(`${column} <= ?`)
    params.push(query.to)
  }
  return { sql: conditions.join(' AND '), params }
}

/** The filters this query uses that can act as a source, cheapest to look up first. */
export function worklistSources(query: WorklistQuery): SourceKind[] {
  const kinds: SourceKind[] = []
  if (buildPatientMatch(query.patientQuery) !== null) kinds.push('patient')
  if (query.from !== null || query.to !== null) kinds.push(query.dateField)
  if (query.redFlag !== null) kinds.push('redFlag')
  if (query.likelyCause !== null) kinds.push('likelyCause')
  return kinds
}

/** The ids (`id`) of the intakes one filter matches, read off that filter's index. */
export function buildSource(query: WorklistQuery, kind: SourceKind): SqlQuery {
  switch (kind) {
    case 'redFlag':
      return {
        sql: 'SELECT intake_id AS id FROM intake_red_flags WHERE flag_id = ?',
        params: [query.redFlag ?? ''],
      }
    case 'likelyCause':
      return {
        sql: "SELECT intake_id AS id FROM intake_causes WHERE cause_id = ? AND tier = 'likely'",
        params: [query.likelyCause ?? ''],
      }
    case 'submitted': {
      // Drafts have no submission time; the partial index holds only submitted intakes.
      const range = submittedRange(query, 'submitted_at')
      return {
        sql: `SELECT id FROM intakes INDEXED BY intakes_submitted WHERE ${range.sql}`,
        params: range.params,
      }
    }
    case 'visit': {
      const range = visitRange(query, 'visit_date')
      return {
        sql: `SELECT id FROM intakes INDEXED BY intakes_by_status_visit
              WHERE status IN ('submitted', 'reviewed') AND ${range.sql}`,
        params: range.params,
      }
    }
    case 'patient': {
      const match = buildPatientMatch(query.patientQuery)
      return {
        sql: `SELECT id FROM intakes INDEXED BY intakes_by_patient
              WHERE patient_id IN (SELECT id FROM patients WHERE ${match?.where ?? '0'})`,
        params: match?.params ?? [],
      }
    }
  }
}

/** How many intakes a source matches, counting no further than `atMost`. */
export function buildSourceSize(query: WorklistQuery, kind: SourceKind, atMost: number): SqlQuery {
  const source = buildSource(query, kind)
  return {
    sql: `SELECT count(*) AS n FROM (${source.sql} LIMIT ?)`,
    params: [...source.params, atMost],
  }
}

/** Every filter except `except` as conditions on one intake `i`, each a lookup. */
function probes(query: WorklistQuery, except: SourceKind | null = null): SqlQuery {
  const conditions: string[] = []
  const params: (string | number)[] = []
  const add = (kind: SourceKind, part: SqlQuery) => {
    if (kind === except || part.sql === '') return
    conditions.push(part.sql)
    params.push(...part.params)
  }
  if (query.redFlag !== null) {
    add('redFlag', {
      sql: 'EXISTS (SELECT 1 FROM intake_red_flags f WHERE f.intake_id = i.id AND f.flag_id = ?)',
      params: [query.redFlag],
    })
  }
  if (query.likelyCause !== null) {
    add('likelyCause', {
      sql: `EXISTS (SELECT 1 FROM intake_causes c
              WHERE c.intake_id = i.id AND c.cause_id = ? AND c.tier = 'likely')`,
      params: [query.likelyCause],
    })
  }
  if (query.dateField === 'visit') add('visit', visitRange(query, 'i.visit_date'))
  else add('submitted', submittedRange(query, 'i.submitted_at'))
  const match = buildPatientMatch(query.patientQuery)
  if (match !== null) {
    add('patient', {
      sql: `i.patient_id IN (SELECT id FROM patients WHERE ${match.where})`,
      params: match.params,
    })
  }
  return { sql: conditions.map((c) => ` AND ${c}`).join(''), params }
}

/**
 * The intakes one source matches that pass every other filter, with their status, in the
 * source's index order: the worklist reads as many as it needs to count each tab (up to a
 * limit) and stops.
 */
export function buildMatchesFrom(query: WorklistQuery, kind: SourceKind): SqlQuery {
  const source = buildSource(query, kind)
  const others = probes(query, kind)
  return {
    // CROSS JOIN keeps the source as the outer loop: one primary-key lookup per match.
    sql: `SELECT i.id, i.status FROM (${source.sql}) AS d CROSS JOIN intakes AS i ON i.id = d.id
          WHERE i.status IN ('submitted', 'reviewed')${others.sql}`,
    params: [...source.params, ...others.params],
  }
}

/** Up to `atMost` intakes with a status, counted off the status index. */
export function buildStatusCount(status: 'submitted' | 'reviewed', atMost: number): SqlQuery {
  return {
    sql: `SELECT count(*) AS n FROM (
            SELECT 1 FROM intakes INDEXED BY intakes_by_status_submitted WHERE status = ? LIMIT ?)`,
    params: [status, atMost],
  }
}

const SELECTED = `
  SELECT i.id AS intake_id, i.status, i.visit_date, i.submitted_at, i.highest_urgency,
    i.pain_now, i.pain_worst_week, p.id AS patient_id, p.given_name, p.family_name,
    p.date_of_birth, p.record_number, r.status AS review_status, r.signed_at`

/** The intakes with their patient and review, read through `index` when one is named. */
function intakesFirst(index: string | null, reviews: 'JOIN' | 'LEFT JOIN' = 'LEFT JOIN'): string {
  return `FROM intakes i${index ? ` INDEXED BY ${index}` : ''}
    JOIN patients p ON p.id = i.patient_id
    ${reviews} reviews r ON r.intake_id = i.id`
}

/**
 * Each tab: where its intakes come from in its own order (the index named, so the order is
 * read, never sorted), where they come from when their ids are known, which intakes it lists,
 * and the order, ties broken by id so paging never repeats or skips a row.
 */
const TABS: Record<
  WorklistStatus,
  { from: string; fromIds: string; where: string; order: string }
> = {
  awaiting: {
    from: intakesFirst('intakes_worklist'),
    fromIds: intakesFirst(null),
    where: "i.status = 'submitted'",
    order: 'i.urgency_rank, i.submitted_at, i.id',
  },
  reviewed: {
    // The reviews lead: the newest signature first is their index's order.
    from: `FROM reviews r INDEXED BY reviews_by_status_signed
           CROSS JOIN intakes i ON i.id = r.intake_id
           JOIN patients p ON p.id = i.patient_id`,
    fromIds: intakesFirst(null, 'JOIN'),
    where: "r.status = 'signed' AND i.status = 'reviewed'",
    order: 'r.signed_at DESC, r.id DESC',
  },
  all: {
    from: intakesFirst('intakes_submitted'),
    fromIds: intakesFirst(null),
    where: "i.submitted_at IS NOT NULL AND i.status <> 'draft'",
    order: 'i.submitted_at DESC, i.id DESC',
  },
}

/**
 * A page read off the tab's index in order, each intake probed against the filters until the
 * page is full: for no filters, or filters that match many intakes.
 */
export function buildWorklistPage(query: WorklistQuery): SqlQuery {
  const tab = TABS[query.status]
  const filters = probes(query)
  return {
    sql: `${SELECTED} ${tab.from}
          WHERE ${tab.where}${filters.sql}
          ORDER BY ${tab.order}
          LIMIT ? OFFSET ?`,
    params: [...filters.params, query.limit, query.offset],
  }
}

/**
 * A page of a known, small set of intakes (the JSON array `ids`, all matching the filters):
 * looked up by id and sorted in the tab's order.
 */
export function buildWorklistPageOf(query: WorklistQuery, ids: string): SqlQuery {
  const tab = TABS[query.status]
  return {
    sql: `${SELECTED} ${tab.fromIds}
          WHERE i.id IN (SELECT value FROM json_each(?)) AND ${tab.where}
          ORDER BY ${tab.order}
          LIMIT ? OFFSET ?`,
    params: [ids, query.limit, query.offset],
  }
}
