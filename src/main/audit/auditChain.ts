import { createHash } from 'node:crypto'

/** The previous hash of the very first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/** The columns an entry's hash covers, in this order (id included, so rows cannot move). */
export interface ChainedFields {
  readonly id: number
  readonly at: string
  readonly userId: number | null
  readonly username: string | null
  readonly shell: string
  readonly action: string
  readonly channel: string | null
  readonly entityType: string | null
  readonly entityId: number | null
  readonly patientId: number | null
  readonly outcome: string
  readonly detail: string | null
}

/**
 * SHA-256 over the previous hash and a canonical serialisation of the entry: a JSON array in a
 * fixed order (JSON of strings, integers and null has one spelling), so any change to any field
 * of any entry, or to their order, changes every hash after it.
 */
export function entryHash(previousHash: string, entry: ChainedFields): string {
  const canonical = JSON.stringify([
    entry.id,
    entry.at,
    entry.userId,
    entry.username,
    entry.shell,
    entry.action,
    entry.channel,
    entry.entityType,
    entry.entityId,
    entry.patientId,
    entry.outcome,
    entry.detail,
  ])
  return createHash('sha256').update(previousHash).update('\n').update(canonical).digest('hex')
}
