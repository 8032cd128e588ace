import type { AuditEvent } from '../audit/auditTrail'
import type { Caller } from './dispatcher'

/**
 * Names the paired workstation a call came from in its audit entries' `detail`
 * ("workstation 3", or "2 results; workstation 3"), so the trail records person, workstation and
 * shell for every call on the clinic server. It goes in `detail` rather than a column of its
 * own because `detail` is already covered by the keyed hash chain: a new column would have to
 * join the chain's hashed fields, which changes every entry's hash (a migration of the chain).
 * Calls made on the computer itself (`local`) and the console's are left as they were.
 */
export function withWorkstation(events: readonly AuditEvent[], caller: Caller): AuditEvent[] {
  const workstation = caller.workstation
  if (typeof workstation !== 'number') return [...events]
  const tag = `workstation ${workstation}`
  return events.map((event) => ({
    ...event,
    detail: event.detail ? `${event.detail}; ${tag}` : tag,
  }))
}
