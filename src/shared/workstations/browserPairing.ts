import { z } from 'zod'
import { FingerprintSchema, WorkstationIdSchema } from './workstation'

/**
 * What a browser gets back from `POST /pairing`. Its credential is not in it: the server sets it
 * as an HttpOnly cookie, which no page script can read.
 */
export const BrowserPairingResponseSchema = z.object({
  workstationId: WorkstationIdSchema,
  caFingerprint: FingerprintSchema,
})
export type BrowserPairingResponse = z.infer<typeof BrowserPairingResponseSchema>

/** The header with which the server says "this computer must be paired (again)". */
export const PAIRING_REQUIRED_HEADER = 'x-clinic-pairing'
