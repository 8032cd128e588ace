import type { WorklistQuery, WorklistStatus } from '../../shared/review/worklist'
import { buildPatientIdSet } from '../patients/patientSearchQuery'

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
  if (buildPatientIdSet(query.patientQuery) !== null) kinds.push('patient')
  if (query.from !== null || query.to !== null) kinds.push(query.dateField)
  if (query.redFlag !== null) kinds.push('redFlag')
  if (query.likelyCause !== null) kinds.push('likelyCause')
  return kinds
}

/** A status an intake can be listed under: awaiting review, or reviewed. */
export type ListedStatus = 'submitted' | 'reviewed'

/**
 * The ids (`id`) of the intakes with `status` that one filter matches, read off that filter's
 * index: flags, causes and visit days have the status in their index; a submission-time range
 * reads it from the same index entry; a patient's few intakes are checked one by one.
 */
export function buildSource(
  query: WorklistQuery,
  kind: SourceKind,
  status: ListedStatus,
): SqlQuery {
  switch (kind) {
    case 'redFlag':
      return {
        sql: `SELECT intake_id AS id FROM intake_red_flags
              WHERE flag_id = ? AND intake_status = ?`,
        params: [query.redFlag ?? '', status],
      }
    case 'likelyCause':
      return {
        sql: `SELECT intake_id AS id FROM intake_causes
              WHERE cause_id = ? AND tier = 'likely' AND intake_status = ?`,
        params: [query.likelyCause ?? '', status],
      }
    case 'submitted': {
      // Drafts have no submission time; the partial index holds only submitted intakes.
      const range = submittedRange(query, 'submitted_at')
      return {
        sql: `SELECT id FROM intakes INDEXED BY intakes_submitted
              WHERE ${range.sql} AND status = ?`,
        params: [...range.params, status],
      }
    }
    case 'visit': {
      const range = visitRange(query, 'visit_date')
      return {
        sql: `SELECT id FROM intakes INDEXED BY intakes_by_status_visit
              WHERE status = ? AND ${range.sql}`,
        params: [status, ...range.params],
      }
    }
    case 'patient': {
      const patients = buildPatientIdSet(query.patientQuery)
      return {
        sql: `SELECT id FROM intakes INDEXED BY intakes_by_patient
              WHERE patient_id IN (${patients?.sql ?? 'SELECT NULL'}) AND status = ?`,
        params: [...(patients?.params ?? []), status],
      }
    }
  }
}

/** How many intakes with `status` a source matches, counting no further than `atMost`. */
export function buildSourceSize(
  query: WorklistQuery,
  kind: SourceKind,
  status: ListedStatus,
  atMost: number,
): SqlQuery {
  const source = buildSource(query, kind, status)
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
  const patients = buildPatientIdSet(query.patientQuery)
  if (patients !== null) {
    add('patient', { sql: `i.patient_id IN (${patients.sql})`, params: patients.params })
  }
  return { sql: conditions.map((c) => ` AND ${c}`).join(''), params }
}

/** Filters answered from the intake's own columns, not from its flags or causes. */
const NEEDS_LIST_COLUMNS: readonly SourceKind[] = ['submitted', 'visit', 'patient']

/**
 * The intakes with `status` one source matches that pass every other filter, in the source's
 * index order: the worklist reads as many as it needs and stops. The other filters are checked
 * per intake, on the list index (its columns by id) only when one needs those columns.
 */
export function buildMatchesFrom(
  query: WorklistQuery,
  kind: SourceKind,
  status: ListedStatus,
): SqlQuery {
  const source = buildSource(query, kind, status)
  const others = probes(query, kind)
  const needsColumns = worklistSources(query).some(
    (other) => other !== kind && NEEDS_LIST_COLUMNS.includes(other),
  )
  return {
    // CROSS JOIN keeps the source as the outer loop: one index lookup per match.
    sql: needsColumns
      ? `SELECT i.id FROM (${source.sql}) AS d
         CROSS JOIN intakes AS i INDEXED BY intakes_list ON i.id = d.id
         WHERE 1${others.sql}`
      : `SELECT i.id FROM (${source.sql}) AS i WHERE 1${others.sql}`,
    params: [...source.params, ...others.params],
  }
}

/** Up to `atMost` intakes with a status, counted off the status index. */
export function buildStatusCount(status: ListedStatus, atMost: number): SqlQuery {
  return {
    sql: `SELECT count(*) AS n FROM (
            SELECT 1 FROM intakes INDEXED BY intakes_worklist WHERE status = ? LIMIT ?)`,
    params: [status, atMost],
  }
}

/**
 * Each tab: which intakes it lists and in which order (ties broken by id, so paging never
 * repeats or skips one), read off the tab's own index (`inOrder`, the order read, not sorted),
 * or, for a known set of ids, off the list index (`ofIds`, sorted).
 */
const TABS: Record<
  WorklistStatus,
  { inOrder: string; ofIds: string; where: string; order: string }
> = {
  awaiting: {
    inOrder: 'FROM intakes i INDEXED BY intakes_worklist',
    ofIds: 'FROM json_each(?) AS k CROSS JOIN intakes i INDEXED BY intakes_list ON i.id = k.value',
    where: "i.status = 'submitted'",
    order: 'i.urgency_rank, i.submitted_at, i.id',
  },
  reviewed: {
    // The newest signature first is the order of the reviews' own index.
    inOrder: `FROM reviews r INDEXED BY reviews_by_status_signed
              CROSS JOIN intakes i INDEXED BY intakes_list ON i.id = r.intake_id`,
    ofIds: `FROM json_each(?) AS k CROSS JOIN intakes i INDEXED BY intakes_list ON i.id = k.value
            JOIN reviews r INDEXED BY reviews_by_intake ON r.intake_id = i.id`,
    where: "r.status = 'signed' AND i.status = 'reviewed'",
    order: 'r.signed_at DESC, r.id DESC',
  },
  all: {
    inOrder: 'FROM intakes i INDEXED BY intakes_submitted',
    ofIds: 'FROM json_each(?) AS k CROSS JOIN intakes i INDEXED BY intakes_list ON i.id = k.value',
    // Intakes entered in error are kept but never listed.
    where: "i.submitted_at IS NOT NULL AND i.status IN ('submitted', 'reviewed')",
    order: 'i.submitted_at DESC, i.id DESC',
  },
}

/**
 * The page's rows: the ids chosen by `pageIds` (off indexes only), then the rows of just those
 * intakes, their patients and reviews.
 */
function pageRows(query: WorklistQuery, pageIds: SqlQuery): SqlQuery {
  const order = TABS[query.status].order
  return {
    sql: `WITH page AS (${pageIds.sql})
          SELECT i.id AS intake_id, i.status, i.visit_date, i.submitted_at, i.highest_urgency,
            i.pain_now, i.pain_worst_week, p.id AS patient_id, p.given_name, p.family_name,
            p.date_of_birth, p.record_number, r.status AS review_status, r.signed_at
          FROM page CROSS JOIN intakes i ON i.id = page.id
          JOIN patients p ON p.id = i.patient_id
          LEFT JOIN reviews r ON r.intake_id = i.id
          ORDER BY ${order}`,
    params: pageIds.params,
  }
}

/**
 * A page read off the tab's index in order, each intake checked against the filters until the
 * page is full: for no filters, or filters that match many intakes (so it fills quickly).
 */
export function buildWorklistPage(query: WorklistQuery): SqlQuery {
  const tab = TABS[query.status]
  const filters = probes(query)
  return pageRows(query, {
    sql: `SELECT i.id ${tab.inOrder}
          WHERE ${tab.where}${filters.sql}
          ORDER BY ${tab.order} LIMIT ? OFFSET ?`,
    params: [...filters.params, query.limit, query.offset],
  })
}

/**
 * A page of a known set of intakes (the JSON array `ids`, each matching the filters), sorted in
 * the tab's order: for filters that match few intakes.
 */
export function buildWorklistPageOf(query: WorklistQuery, ids: string): SqlQuery {
  const tab = TABS[query.status]
  return pageRows(query, {
    sql: `SELECT i.id ${tab.ofIds}
          WHERE ${tab.where}
          ORDER BY ${tab.order} LIMIT ? OFFSET ?`,
    params: [ids, query.limit, query.offset],
  })
}
