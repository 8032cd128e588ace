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
  'audit.verify': defineChannel({
    input: z.object({}),
    output: AuditVerificationSchema,
    roles: ['admin'],
  }),
  'audit.exportCsv': defineChannel({
    input: z.object({ filter: AuditFilterSchema.default({}) }),
    output: AuditExportSchema,
    roles: ['admin'],
    audit: 'export',
  }),
} as const
