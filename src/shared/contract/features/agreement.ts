import { defineChannel } from '../channel'
import {
  AgreementExportSchema,
  AgreementQuerySchema,
  AgreementReportSchema,
} from '../../agreement/agreementReport'

// How well the rules agree with this clinic's clinicians: counts over signed reviews, never a
// patient. Clinicians (whose decisions it counts) and administrators (who look after the clinic's
// quality) read it; the front desk does not. The CLI prints it on the server's console.
export const agreementChannels = {
  'agreement.report': defineChannel({
    input: AgreementQuerySchema,
    output: AgreementReportSchema,
    roles: ['clinician', 'admin'],
    console: true,
    audit: 'view',
  }),
  'agreement.exportCsv': defineChannel({
    input: AgreementQuerySchema,
    output: AgreementExportSchema,
    roles: ['clinician', 'admin'],
    audit: 'export',
  }),
} as const
