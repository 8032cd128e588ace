import type { AuditEntry } from '../../shared/audit/auditEntry'

const COLUMNS: readonly [string, (entry: AuditEntry) => string | number | null][] = [
  ['id', (e) => e.id],
  ['time_utc', (e) => e.at],
  ['user_id', (e) => e.userId],
  ['username', (e) => e.username],
  ['shell', (e) => e.shell],
  ['action', (e) => e.action],
  ['channel', (e) => e.channel],
  ['record_type', (e) => e.entityType],
  ['record_id', (e) => e.entityId],
  ['patient_id', (e) => e.patientId],
  ['outcome', (e) => e.outcome],
  ['detail', (e) => e.detail],
]

/**
 * One CSV field: quoted when it holds a comma, quote or line break, and prefixed with ' when a
 * spreadsheet would read it as a formula (CSV injection: =, +, -, @, tab, carriage return).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 CSV (CRLF line ends) that spreadsheets open directly. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')]
  for (const entry of entries) lines.push(COLUMNS.map(([, get]) => csvField(get(entry))).join(','))
  return `${lines.join('\r\n')}\r\n`
}
