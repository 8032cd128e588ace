import { z } from 'zod'
import { rpcResultSchema } from '../contract/errors'
import {
  FingerprintSchema,
  PairingCodeInputSchema,
  WorkstationNameSchema,
} from '../workstations/workstation'

/**
 * How the desktop app works on this computer, as its first screen and the certificate warning
 * see it. These cross the desktop shell's own IPC (not the one door): they decide where the door
 * is, so they cannot go through it.
 */
export const ConnectionStatusSchema = z.discriminatedUnion('mode', [
  /** First start on a computer with no data yet: the person chooses. */
  z.object({ mode: z.literal('unchosen') }),
  /** "This computer only": the database is on this computer (today's app). */
  z.object({ mode: z.literal('local') }),
  /** Paired with a clinic server: every call goes to it over HTTPS with its pinned certificate. */
  z.object({
    mode: z.literal('server'),
    origin: z.string(),
    caFingerprint: FingerprintSchema,
    workstationName: z.string(),
  }),
  /**
   * The server presented another certificate than the one pinned: nothing is sent to it until an
   * administrator pairs this computer again.
   */
  z.object({
    mode: z.literal('certificate_mismatch'),
    origin: z.string(),
    workstationName: z.string(),
    pinnedFingerprint: z.string(),
    presentedFingerprint: z.string(),
  }),
])
export type ConnectionStatus = z.infer<typeof ConnectionStatusSchema>

/** An https address with a host, and nothing after it but an optional port. */
export const ServerAddressSchema = z
  .string({ error: 'Enter the clinic server’s address' })
  .trim()
  .min(1, { error: 'Enter the clinic server’s address' })
  .max(300, {
    error: 'Enter the address the clinic server printed, like https://192.168.1.20:8443',
  })
  .transform((value) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`))
  .refine(
    (value) => {
      try {
        const url = new URL(value)
        return url.protocol === 'https:' && url.hostname !== '' && url.username === ''
      } catch {
        return false
      }
    },
    { error: 'Enter the address the clinic server printed, like https://192.168.1.20:8443' },
  )
  .transform((value) => new URL(value).origin)

/** What the "Connect to a clinic server" form sends. */
export const PairInputSchema = z.object({
  origin: ServerAddressSchema,
  code: PairingCodeInputSchema,
  workstationName: WorkstationNameSchema,
})
export type PairInput = z.input<typeof PairInputSchema>

export const ConnectionResultSchema = rpcResultSchema(ConnectionStatusSchema)

/** The desktop shell's IPC channels for the connection (beside the contract's channels). */
export const CONNECTION_CHANNELS = {
  status: 'connection.status',
  chooseLocal: 'connection.chooseLocal',
  pair: 'connection.pair',
} as const

/** `window.clinicConnection` in the desktop shell; absent in the browser. */
export interface ConnectionBridge {
  status(): Promise<unknown>
  chooseLocal(): Promise<unknown>
  pair(input: PairInput): Promise<unknown>
}
