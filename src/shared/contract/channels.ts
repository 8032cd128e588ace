import type { z } from 'zod'
import { patientChannels } from './features/patients'
import { intakeChannels } from './features/intakes'
import { reviewChannels } from './features/reviews'
import { settingsChannels } from './features/settings'
import { summaryChannels } from './features/summaries'
import { authChannels } from './features/auth'
import { userChannels } from './features/users'
import { auditChannels } from './features/audit'
import { backupChannels } from './features/backups'
import { consoleChannels } from './features/console'
import { alertChannels } from './features/alerts'
import { agreementChannels } from './features/agreement'
import { workstationChannels } from './features/workstations'
import { fhirChannels } from './features/fhir'

/**
 * The contract: every channel the renderer may call, in one table. Both transports (Electron IPC
 * and loopback HTTP), the preload, the renderer's client types and the dispatcher derive from it.
 * Channel names are `namespace.method`; the namespace becomes `window.clinic.<namespace>`.
 */
export const contract = {
  // One spread per feature; each feature's channels live in ./features/<feature>.ts.
  ...patientChannels,
  ...intakeChannels,
  ...reviewChannels,
  ...settingsChannels,
  ...summaryChannels,
  ...authChannels,
  ...userChannels,
  ...auditChannels,
  ...backupChannels,
  ...consoleChannels,
  ...alertChannels,
  ...agreementChannels,
  ...workstationChannels,
  ...fhirChannels,
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
