import { z } from 'zod'

/** A paired workstation's row id. */
export const WorkstationIdSchema = z.int().positive().max(Number.MAX_SAFE_INTEGER)

/** What staff call a computer, e.g. "Front desk" or "Room 3": shown in the admin's list. */
export const WorkstationNameSchema = z
  .string({ error: 'Enter a name for this computer' })
  .trim()
  .min(1, { error: 'Enter a name for this computer' })
  .max(60, { error: 'Use 60 characters or fewer' })
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), { error: 'Use one line of text' })

/** A workstation as the administrator sees it; never its credential or the credential's hash. */
export const WorkstationSchema = z.object({
  id: WorkstationIdSchema,
  name: z.string(),
  pairedAt: z.string(),
  /** The last call it made (to the minute); null until it makes one. */
  lastSeenAt: z.string().nullable(),
  /** Set once revoked: its next call is refused, and it must be paired again. */
  revokedAt: z.string().nullable(),
})
export type Workstation = z.infer<typeof WorkstationSchema>

/** Letters and digits nobody misreads or mistypes: no 0/O, 1/I/L, and no U (no accidental words). */
export const PAIRING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'
export const PAIRING_CODE_LENGTH = 8
export const PAIRING_CODE_MINUTES = 10

/** A new pairing code, shown once to the administrator as `ABCD-EFGH`. */
export const PairingCodeSchema = z.object({
  code: z.string(),
  expiresAt: z.string(),
})
export type PairingCode = z.infer<typeof PairingCodeSchema>

/** As typed on the workstation: case, spaces and dashes do not matter. */
export const PairingCodeInputSchema = z
  .string({ error: 'Enter the pairing code' })
  .max(40, { error: 'Enter the pairing code' })
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ''))
  .refine((value) => value.length > 0, { error: 'Enter the pairing code' })
  .refine(
    (value) =>
      value.length === PAIRING_CODE_LENGTH &&
      [...value].every((char) => PAIRING_CODE_ALPHABET.includes(char)),
    { error: `The pairing code has ${PAIRING_CODE_LENGTH} letters and digits, like ABCD-EFGH` },
  )

/** The SHA-256 fingerprint of a certificate, `AB:CD:...`. */
export const FingerprintSchema = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)

/** What a workstation sends to pair (the public pairing endpoint). */
export const PairingRequestSchema = z.object({
  code: PairingCodeInputSchema,
  workstationName: WorkstationNameSchema,
})
export type PairingRequest = z.input<typeof PairingRequestSchema>

/**
 * What a paired workstation keeps: its credential (sent with every call, kept like a password)
 * and the clinic's CA certificate it pins from now on.
 */
export const PairingResponseSchema = z.object({
  workstationId: WorkstationIdSchema,
  credential: z.string().min(1).max(200),
  caCertificate: z.string().min(1).max(20_000),
  caFingerprint: FingerprintSchema,
})
export type PairingResponse = z.infer<typeof PairingResponseSchema>

/** Where the server answers pairing requests (POST, JSON, no session). */
export const PAIRING_PATH = '/pairing'

/** The header that carries a workstation's credential on every call. */
export const WORKSTATION_CREDENTIAL_HEADER = 'x-clinic-workstation'
