import type { Database } from 'better-sqlite3-multiple-ciphers'
import { localToday } from '../../shared/patients/calendarDate'
import type { Handlers } from '../door/dispatcher'
import { createAgreementQueries } from './agreementQueries'
import { agreementCsv } from './agreementCsv'
import { buildAgreementReport } from './buildAgreementReport'

type AgreementChannels = 'agreement.report' | 'agreement.exportCsv'

export function createAgreementHandlers(
  db: Database,
  now: () => Date,
): Pick<Handlers, AgreementChannels> {
  const queries = createAgreementQueries(db)
  return {
    'agreement.report': (query) => buildAgreementReport(queries, query),
    'agreement.exportCsv': (query) => {
      const report = buildAgreementReport(queries, query)
      return {
        fileName: `clinic-intake-agreement-${localToday(now())}.csv`,
        csv: agreementCsv(report),
        rows: report.causes.length + report.redFlags.length,
      }
    },
  }
}
