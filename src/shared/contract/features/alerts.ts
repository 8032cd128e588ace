import { z } from 'zod'
import { defineChannel } from '../channel'
import {
  AcknowledgeAlertSchema,
  AcknowledgedAlertSchema,
  OpenAlertListSchema,
} from '../../alerts/alert'

// Emergency alerts are for clinicians: they are the ones who act on them. The list names
// patients, so reading it is recorded as a view; acknowledging records who and when.
export const alertChannels = {
  'alerts.listOpen': defineChannel({
    input: z.object({}),
    output: OpenAlertListSchema,
    roles: ['clinician'],
    audit: 'view',
  }),
  'alerts.acknowledge': defineChannel({
    input: AcknowledgeAlertSchema,
    output: AcknowledgedAlertSchema,
    roles: ['clinician'],
    audit: 'acknowledge',
  }),
} as const
