import { isRealCalendarDate } from '../../shared/patients/calendarDate'
import { foldForSearch } from '../../shared/patients/foldForSearch'

/**
 * Turns what the front desk types into one query: words match the start of a given or family
 * name (FTS5 prefix, accents and special letters folded), a YYYY-MM-DD date matches the date of birth exactly, and the whole text
 * matches a clinic record number exactly. An empty box lists the most recently changed patients.
 */
export function buildPatientSearch(
  query: string,
  limit: number,
): { sql: string; params: (string | number)[] } {
  const tokens = query.trim().split(/\s+/).filter(Boolean)
  if (tokens.length === 0) {
    return { sql: 'SELECT * FROM patients ORDER BY updated_at DESC LIMIT ?', params: [limit] }
  }
  const dates = tokens.filter(isRealCalendarDate)
  const words = tokens.filter((token) => !isRealCalendarDate(token))
  const conditions: string[] = []
  const params: (string | number)[] = []

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
  params.push(limit)
  return {
    sql: `SELECT * FROM patients WHERE ${conditions.join(' AND ')}
          ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id LIMIT ?`,
    params,
  }
}

/** Each word as a quoted prefix term; FTS5 syntax characters in user text are never operators. */
function ftsPrefixQuery(words: string[]): string {
  const terms = words.flatMap((word) => foldForSearch(word).match(/[\p{L}\p{N}]+/gu) ?? [])
  return terms.map((term) => `"${term}"*`).join(' ')
}
