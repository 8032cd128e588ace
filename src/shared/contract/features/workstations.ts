import { z } from 'zod'
import { defineChannel } from '../channel'
import {
  PairingCodeSchema,
  WorkstationIdSchema,
  WorkstationSchema,
} from '../../workstations/workstation'

// Which computers may reach the clinic server: an administrator's job only.
export const workstationChannels = {
  /** A one-time code for pairing one workstation, valid 10 minutes. */
  'workstations.createPairingCode': defineChannel({
    input: z.object({}),
    output: PairingCodeSchema,
    roles: ['admin'],
    // Also `npm run cli -- pair-code` on the server's console.
    console: true,
    audit: 'create',
  }),
  'workstations.list': defineChannel({
    input: z.object({}),
    output: z.object({ workstations: z.array(WorkstationSchema) }),
    roles: ['admin'],
  }),
  /** Its next call is refused; it must be paired again to come back. */
  'workstations.revoke': defineChannel({
    input: z.object({ id: WorkstationIdSchema }),
    output: WorkstationSchema,
    roles: ['admin'],
    audit: 'update',
  }),
} as const
