import { z } from 'zod'
import { defineChannel } from '../channel'
import {
  AuditExportSchema,
  AuditFilterSchema,
  AuditPageQuerySchema,
  AuditPageSchema,
  AuditVerificationSchema,
} from '../../audit/auditEntry'

// The trail is read by administrators; reading it is itself recorded.
export const auditChannels = {
  'audit.list': defineChannel({
    input: AuditPageQuerySchema,
    output: AuditPageSchema,
    roles: ['admin'],
    audit: 'view',
  }),
  /** Also the CLI's `verify-audit`, through the same door. */
  'audit.verify': defineChannel({
    input: z.object({}),
    output: AuditVerificationSchema,
    roles: ['admin'],
    console: true,
  }),
  'audit.exportCsv': defineChannel({
    input: z.object({ filter: AuditFilterSchema.default({}) }),
    output: AuditExportSchema,
    roles: ['admin'],
    audit: 'export',
  }),
} as const
