import { AuditEntrySchema } from '../../shared/audit/auditEntry'
import type { AuditEntry } from '../../shared/audit/auditEntry'
import type { ChainedFields } from './auditChain'

/** One row of `audit_log` as SQLite returns it. */
export interface AuditRow {
  id: number
  at: string
  user_id: number | null
  username: string | null
  shell: string
  action: string
  channel: string | null
  entity_type: string | null
  entity_id: number | null
  patient_id: number | null
  outcome: string
  detail: string | null
  prev_hash: string
  hash: string
}

export function toFields(row: AuditRow): ChainedFields {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    shell: row.shell,
    action: row.action,
    channel: row.channel,
    entityType: row.entity_type,
    entityId: row.entity_id,
    patientId: row.patient_id,
    outcome: row.outcome,
    detail: row.detail,
  }
}

const safeIdOrNull = (value: number | null): number | null =>
  value !== null && Number.isSafeInteger(value) ? value : null

/**
 * A stored row as an entry to show, or null for a row that cannot be shown (an id outside the
 * safe range, an unknown action). Reading the trail must never fail on what is stored: a row
 * that older code or someone with the file put there is left out of the list, and verifying
 * the chain reports it. Numbers outside the safe range (read back rounded) are shown as blank.
 */
export function toEntry(row: AuditRow): AuditEntry | null {
  if (!Number.isSafeInteger(row.id) || row.id < 1) return null
  const parsed = AuditEntrySchema.safeParse({
    ...toFields(row),
    userId: safeIdOrNull(row.user_id),
    entityId: safeIdOrNull(row.entity_id),
    patientId: safeIdOrNull(row.patient_id),
  })
  return parsed.success ? parsed.data : null
}

export function toEntries(rows: readonly AuditRow[]): AuditEntry[] {
  return rows.map(toEntry).filter((entry): entry is AuditEntry => entry !== null)
}
