/** Which record a call touched, as ids only: what the audit trail stores for "which record". */
export interface AuditRecordRef {
  readonly entityType: string | null
  readonly entityId: number | null
  readonly patientId: number | null
}

type Plain = Record<string, unknown>

function asObject(value: unknown): Plain | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Plain)
    : null
}

/**
 * Safe positive integers only. This runs on raw payloads too (a refused call is recorded before
 * its input is read), so 2^53 + 1 or 1e300 must never reach the trail: SQLite would store the
 * first rounded (and reading it back would break the list) and refuse the second.
 */
function asId(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null
}

/**
 * How many results a list read returned (its first array), e.g. `results:12` for a patient
 * search: what was shown, never what was searched for.
 */
export function resultCountOf(output: unknown): string | null {
  const reply = asObject(output)
  if (!reply) return null
  const list = Object.values(reply).find((value) => Array.isArray(value))
  return Array.isArray(list) ? `results:${list.length}` : null
}

/** `patients` -> `patient`, `summaries` -> `summary`, `audit` -> `audit`. */
export function entityTypeOf(channel: string): string {
  const namespace = channel.split('.')[0] ?? channel
  if (namespace === 'auth') return 'user'
  if (namespace.endsWith('ies')) return `${namespace.slice(0, -3)}y`
  if (namespace.endsWith('s')) return namespace.slice(0, -1)
  return namespace
}

/** Objects that name a record of their own inside a reply, e.g. `{ intake, patient }`. */
const NESTED_RECORDS = ['intake', 'review', 'summary', 'patient', 'user'] as const

/**
 * Finds the record from the reply first (a create only knows its id afterwards), then the input,
 * following the contract's naming: `id` is the channel's own record, `intakeId`/`patientId`/...
 * name others. The patient is recorded separately so "who opened this patient's records" is one
 * query. Only integers are ever taken: nothing a person typed can reach the trail this way.
 */
export function auditRecordOf(channel: string, input: unknown, output: unknown): AuditRecordRef {
  const own = entityTypeOf(channel)
  const sources = [asObject(output), asObject(input)].filter((s): s is Plain => s !== null)

  let entityType: string | null = null
  let entityId: number | null = null
  const take = (type: string, id: number | null) => {
    if (entityId === null && id !== null) {
      entityType = type
      entityId = id
    }
  }
  for (const source of sources) take(own, asId(source.id))
  for (const source of sources) take(own, asId(asObject(source[own])?.id))
  for (const source of sources) take(own, asId(source[`${own}Id`]))
  for (const type of NESTED_RECORDS) {
    for (const source of sources) {
      take(type, asId(asObject(source[type])?.id))
      take(type, asId(source[`${type}Id`]))
    }
  }

  let patientId: number | null = entityType === 'patient' ? entityId : null
  for (const source of sources) {
    patientId ??= asId(asObject(source.patient)?.id) ?? asId(source.patientId)
    for (const type of NESTED_RECORDS) patientId ??= asId(asObject(source[type])?.patientId)
  }
  return { entityType, entityId, patientId }
}
