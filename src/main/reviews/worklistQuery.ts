import type { WorklistQuery } from '../../shared/review/worklist'
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

/**
 * The filters every worklist query shares (all but the status), over `intakes i`. Each is a
 * lookup through an index: the flag and cause tables by id, the patients through their name
 * index, so no query ever walks every intake.
 */
function filterConditions(query: WorklistQuery): SqlQuery {
  const conditions: string[] = []
  const params: (string | number)[] = []
  if (query.redFlag !== null) {
    conditions.push('i.id IN (SELECT intake_id FROM intake_red_flags WHERE flag_id = ?)')
    params.push(query.redFlag)
  }
  if (query.likelyCause !== null) {
    conditions.push(
      "i.id IN (SELECT intake_id FROM intake_causes WHERE cause_id = ? AND tier = 'likely')",
    )
    params.push(query.likelyCause)
  }
  if (query.dateField === 'visit') {
    // Visit dates are calendar days already.
    if (query.from !== null) {
      conditions.push('i.visit_date >= ?')
      params.push(query.from)
    }
    if (query.to !== null) {
      conditions.push('i.visit_date <= ?')
      params.push(query.to)
    }
  } else {
    // Submission times are UTC instants; the range is whole days on the clinic's clock.
    if (query.from !== null) {
      conditions.push('i.submitted_at >= ?')
      params.push(localDayStart(query.from))
    }
    if (query.to !== null) {
      conditions.push('i.submitted_at < ?')
      params.push(localDayEnd(query.to))
    }
  }
  const match = buildPatientMatch(query.patientQuery)
  if (match !== null) {
    conditions.push(`i.patient_id IN (SELECT id FROM patients WHERE ${match.where})`)
    params.push(...match.params)
  }
  return { sql: conditions.map((c) => ` AND ${c}`).join(''), params }
}

const SELECTED = `
  SELECT i.id AS intake_id, i.status, i.visit_date, i.submitted_at, i.highest_urgency,
    i.pain_now, i.pain_worst_week, p.id AS patient_id, p.given_name, p.family_name,
    p.date_of_birth, p.record_number, r.status AS review_status, r.signed_at`

/**
 * One page of the worklist for a status. Each status is read in the order of an index:
 * awaiting by (status, urgency_rank, submitted_at); reviewed by the reviews' (status, signed_at);
 * all by submitted_at. Ties fall back to the id so paging never repeats or skips a row.
 */
export function buildWorklistPage(query: WorklistQuery): SqlQuery {
  const filters = filterConditions(query)
  const page = [query.limit, query.offset]
  switch (query.status) {
    case 'awaiting':
      return {
        sql: `${SELECTED}
          FROM intakes i
          JOIN patients p ON p.id = i.patient_id
          LEFT JOIN reviews r ON r.intake_id = i.id
          WHERE i.status = 'submitted'${filters.sql}
          ORDER BY i.urgency_rank, i.submitted_at, i.id
          LIMIT ? OFFSET ?`,
        params: [...filters.params, ...page],
      }
    case 'reviewed':
      return {
        sql: `${SELECTED}
          FROM reviews r
          JOIN intakes i ON i.id = r.intake_id
          JOIN patients p ON p.id = i.patient_id
          WHERE r.status = 'signed' AND i.status = 'reviewed'${filters.sql}
          ORDER BY r.signed_at DESC, r.id DESC
          LIMIT ? OFFSET ?`,
        params: [...filters.params, ...page],
      }
    case 'all':
      return {
        sql: `${SELECTED}
          FROM intakes i
          JOIN patients p ON p.id = i.patient_id
          LEFT JOIN reviews r ON r.intake_id = i.id
          WHERE i.submitted_at IS NOT NULL AND i.status <> 'draft'${filters.sql}
          ORDER BY i.submitted_at DESC, i.id DESC
          LIMIT ? OFFSET ?`,
        params: [...filters.params, ...page],
      }
  }
}

/** How many intakes each status would list with the same filters. */
export function buildWorklistCounts(query: WorklistQuery): SqlQuery {
  const filters = filterConditions(query)
  return {
    sql: `SELECT i.status, count(*) AS n FROM intakes i
          WHERE i.status IN ('submitted', 'reviewed')${filters.sql}
          GROUP BY i.status`,
    params: filters.params,
  }
}
