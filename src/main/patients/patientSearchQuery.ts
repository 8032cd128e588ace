import { isRealCalendarDate } from '../../shared/patients/calendarDate'
import { foldForSearch } from '../../shared/patients/foldForSearch'

/** A WHERE condition over the `patients` table (unqualified columns) and its parameters. */
export interface PatientMatch {
  readonly where: string
  readonly params: string[]
}

/**
 * Turns what staff type into a condition on `patients`: words match the start of a given or
 * family name (FTS5 prefix, accents and special letters folded), a YYYY-MM-DD date matches the
 * date of birth exactly, and the whole text matches a clinic record number exactly. Null for an
 * empty box. Shared by patient search and the clinician worklist so both find the same people.
 */
export function buildPatientMatch(query: string): PatientMatch | null {
  const tokens = query.trim().split(/\s+/).filter(Boolean)
  if (tokens.length === 0) return null
  const dates = tokens.filter(isRealCalendarDate)
  const words = tokens.filter((token) => !isRealCalendarDate(token))
  const conditions: string[] = []
  const params: string[] = []

  if (words.length > 0) {
    const match = ftsPrefixQuery(words)
    const byName = match
      ? 'id IN (SELECT rowid FROM patient_name_index WHERE patient_name_index MATCH ?)'
      : '0'
    if (match) params.push(match)
    conditions.push(`(${byName} OR record_number = ?)`)
    params.push(words.join(' '))
  }
  for (const date of dates) {
    conditions.push('date_of_birth = ?')
    params.push(date)
  }
  return { where: conditions.join(' AND '), params }
}

/**
 * The ids of the patients `query` matches (as buildPatientMatch), as a SELECT for `IN (...)`.
 * Names are answered from the name index alone, whose row ids are the patients' ids, so a short
 * prefix matching thousands of patients never opens their rows; a date of birth, when given,
 * narrows through its index first. Null for an empty box.
 */
export function buildPatientIdSet(query: string): { sql: string; params: string[] } | null {
  const match = buildPatientMatch(query)
  if (match === null) return null
  const tokens = query.trim().split(/\s+/).filter(Boolean)
  if (tokens.some(isRealCalendarDate)) {
    return { sql: `SELECT id FROM patients WHERE ${match.where}`, params: match.params }
  }
  const terms = ftsPrefixQuery(tokens)
  const byRecordNumber = 'SELECT id FROM patients WHERE record_number = ?'
  return terms
    ? {
        sql: `SELECT rowid FROM patient_name_index WHERE patient_name_index MATCH ?
              UNION ALL ${byRecordNumber}`,
        params: [terms, tokens.join(' ')],
      }
    : { sql: byRecordNumber, params: [tokens.join(' ')] }
}

/**
 * How many patients a name query matches, counting no further than `atMost`; null when the query
 * is not names alone (a date of birth or an empty box: those lists are short or indexed).
 */
export function buildNameMatchCount(
  query: string,
  atMost: number,
): { sql: string; params: (string | number)[] } | null {
  const tokens = query.trim().split(/\s+/).filter(Boolean)
  if (tokens.length === 0 || tokens.some(isRealCalendarDate)) return null
  const terms = ftsPrefixQuery(tokens)
  if (!terms) return null
  return {
    sql: `SELECT count(*) AS n FROM (
            SELECT rowid FROM patient_name_index WHERE patient_name_index MATCH ? LIMIT ?)`,
    params: [terms, atMost],
  }
}

/**
 * Patient search: the matches in name order, or the most recently changed patients for an empty
 * box. `manyMatches` (a short prefix matching more names than are worth sorting) reads the first
 * page off the name index in order, checking each patient against the name matches, instead of
 * sorting every match: with that many matching, the page fills after a few hundred names.
 */
export function buildPatientSearch(
  query: string,
  limit: number,
  manyMatches = false,
): { sql: string; params: (string | number)[] } {
  const match = buildPatientMatch(query)
  if (match === null) {
    return { sql: 'SELECT * FROM patients ORDER BY updated_at DESC LIMIT ?', params: [limit] }
  }
  return {
    sql: `SELECT * FROM patients${manyMatches ? ' INDEXED BY patients_by_name' : ''}
          WHERE ${match.where}
          ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id LIMIT ?`,
    params: [...match.params, limit],
  }
}

/** Each word as a quoted prefix term; FTS5 syntax characters in user text are never operators. */
function ftsPrefixQuery(words: string[]): string {
  const terms = words.flatMap((word) => foldForSearch(word).match(/[\p{L}\p{N}]+/gu) ?? [])
  return terms.map((term) => `"${term}"*`).join(' ')
}
