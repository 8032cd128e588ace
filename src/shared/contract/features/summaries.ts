import { defineChannel } from '../channel'
import { PATIENT_RECORD_ROLES } from '../roles'
import {
  PrintSummaryResultSchema,
  RenderedSummarySchema,
  SaveSummaryResultSchema,
  SummaryRequestSchema,
} from '../../summaries/summary'

const SUMMARY_ROLES = PATIENT_RECORD_ROLES

export const summaryChannels = {
  /** The PDF itself, for the browser shell (download or the browser's PDF viewer). */
  'summaries.render': defineChannel({
    input: SummaryRequestSchema,
    output: RenderedSummarySchema,
    roles: SUMMARY_ROLES,
    audit: 'export',
  }),
  /** The same PDF for the browser shell's print path: its own channel so the audit says "print". */
  'summaries.renderForPrint': defineChannel({
    input: SummaryRequestSchema,
    output: RenderedSummarySchema,
    roles: SUMMARY_ROLES,
    audit: 'print',
  }),
  /** Desktop shell only: renders and saves through the system's save dialog. */
  'summaries.saveToFile': defineChannel({
    input: SummaryRequestSchema,
    output: SaveSummaryResultSchema,
    roles: SUMMARY_ROLES,
    audit: 'export',
  }),
  /** Desktop shell only: renders and opens the system's print dialog. */
  'summaries.print': defineChannel({
    input: SummaryRequestSchema,
    output: PrintSummaryResultSchema,
    roles: SUMMARY_ROLES,
    audit: 'print',
  }),
} as const
