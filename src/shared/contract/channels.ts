import { z } from 'zod'
import { defineChannel } from './channel'
import {
  PatientIdSchema,
  PatientInputSchema,
  PatientSchema,
  PatientSearchResultSchema,
  PatientSearchSchema,
  PatientUpdateSchema,
} from '../patients/patient'

/**
 * The contract: every channel the renderer may call, in one table. Both transports (Electron IPC
 * and loopback HTTP), the preload, the renderer's client types and the dispatcher derive from it.
 * Channel names are `namespace.method`; the namespace becomes `window.clinic.<namespace>`.
 */
export const contract = {
  'patients.create': defineChannel({
    input: PatientInputSchema,
    output: PatientSchema,
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'create',
  }),
  'patients.update': defineChannel({
    input: PatientUpdateSchema,
    output: PatientSchema,
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'update',
  }),
  'patients.get': defineChannel({
    input: z.object({ id: PatientIdSchema }),
    output: PatientSchema,
    roles: ['front_desk', 'clinician', 'admin'],
  }),
  'patients.search': defineChannel({
    input: PatientSearchSchema,
    output: PatientSearchResultSchema,
    roles: ['front_desk', 'clinician', 'admin'],
  }),
} as const

export type Contract = typeof contract
export type ChannelName = keyof Contract & string
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[]

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}
