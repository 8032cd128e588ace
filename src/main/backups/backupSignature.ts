import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { z } from 'zod'
import type { BackupOrigin } from '../../shared/backups/inspection'
import { writeFileAtomic } from '../storage/atomicFile'
import type { InstallationKeys } from '../storage/installationKeys'

/**
 * This installation's signature on its own backups, in a sidecar `<backup>.sig.json` (0600):
 * HMAC-SHA-256 with the installation's backup key over the file's SHA-256 and what it claims
 * (installation, time, schema version). A backup whose signature holds was made here and not
 * changed since; any other file (another installation's, an old unsigned one, an edited one)
 * is restored only after an admin has seen what it holds and confirmed it.
 */
export const SIGNATURE_SUFFIX = '.sig.json'

const SignatureSchema = z.object({
  format: z.literal('clinic-intake-backup-signature/v1'),
  installationId: z.string().max(64),
  createdAt: z.string().max(64),
  schemaVersion: z.int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  hmac: z.string().regex(/^[0-9a-f]{64}$/),
})
type Signature = z.infer<typeof SignatureSchema>

export function signatureFileOf(backup: string): string {
  return `${backup}${SIGNATURE_SUFFIX}`
}

export function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

function mac(key: Buffer, fields: Omit<Signature, 'hmac' | 'format'>): string {
  const message = [
    'clinic-intake-backup/v1',
    fields.installationId,
    fields.createdAt,
    String(fields.schemaVersion),
    fields.sha256,
  ].join('\n')
  return createHmac('sha256', key).update(message).digest('hex')
}

/** Signs a finished backup; the signature file appears whole, like the backup. */
export function signBackup(
  backup: string,
  keys: InstallationKeys,
  meta: { readonly createdAt: Date; readonly schemaVersion: number },
): void {
  const fields = {
    installationId: keys.installationId,
    createdAt: meta.createdAt.toISOString(),
    schemaVersion: meta.schemaVersion,
    sha256: sha256OfFile(backup),
  }
  const signature: Signature = {
    format: 'clinic-intake-backup-signature/v1',
    ...fields,
    hmac: mac(keys.backup, fields),
  }
  writeFileAtomic(signatureFileOf(backup), `${JSON.stringify(signature, null, 2)}\n`)
}

export function removeSignature(backup: string): void {
  rmSync(signatureFileOf(backup), { force: true })
}

export interface SignatureCheck {
  readonly origin: BackupOrigin
  readonly installationId: string | null
  readonly createdAt: string | null
}

/**
 * Where the bytes with fingerprint `sha256` came from, by the signature beside `backup`
 * (the fingerprint is of the checked copy, so what is judged is what would be restored).
 */
export function checkSignature(
  backup: string,
  sha256: string,
  keys: InstallationKeys,
): SignatureCheck {
  let signature: Signature
  try {
    const parsed = SignatureSchema.safeParse(
      JSON.parse(readFileSync(signatureFileOf(backup), 'utf8')),
    )
    if (!parsed.success)
      return { origin: 'signature_invalid', installationId: null, createdAt: null }
    signature = parsed.data
  } catch {
    return { origin: 'unsigned', installationId: null, createdAt: null }
  }
  const claimed = { installationId: signature.installationId, createdAt: signature.createdAt }
  if (signature.installationId !== keys.installationId) {
    return { origin: 'other_installation', ...claimed }
  }
  const expected = Buffer.from(mac(keys.backup, signature), 'hex')
  const holds =
    signature.sha256 === sha256 && timingSafeEqual(expected, Buffer.from(signature.hmac, 'hex'))
  return { origin: holds ? 'this_installation' : 'signature_invalid', ...claimed }
}
