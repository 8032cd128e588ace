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

/** Patient search: the matches by name, or the most recently changed patients for an empty box. */
export function buildPatientSearch(
  query: string,
  limit: number,
): { sql: string; params: (string | number)[] } {
  const match = buildPatientMatch(query)
  if (match === null) {
    return { sql: 'SELECT * FROM patients ORDER BY updated_at DESC LIMIT ?', params: [limit] }
  }
  return {
    sql: `SELECT * FROM patients WHERE ${match.where}
          ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id LIMIT ?`,
    params: [...match.params, limit],
  }
}

/** Each word as a quoted prefix term; FTS5 syntax characters in user text are never operators. */
function ftsPrefixQuery(words: string[]): string {
  const terms = words.flatMap((word) => foldForSearch(word).match(/[\p{L}\p{N}]+/gu) ?? [])
  return terms.map((term) => `"${term}"*`).join(' ')
}
