import { localToday } from '../../shared/patients/calendarDate'
import type { Handlers } from '../door/dispatcher'
import { auditCsv } from './auditCsv'
import type { AuditTrail } from './auditTrail'

type AuditChannels = 'audit.list' | 'audit.verify' | 'audit.exportCsv'

export function createAuditHandlers(
  trail: AuditTrail,
  now: () => Date,
): Pick<Handlers, AuditChannels> {
  return {
    'audit.list': ({ filter, beforeId, limit }) => trail.page(filter, beforeId ?? null, limit),
    'audit.verify': () => trail.verify(),
    'audit.exportCsv': ({ filter }) => {
      const entries = trail.matching(filter)
      return {
        fileName: `clinic-intake-audit-${localToday(now())}.csv`,
        csv: auditCsv(entries),
        rows: entries.length,
      }
    },
  }
}
