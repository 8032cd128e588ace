import { createHash, createHmac } from 'node:crypto'

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
 * A canonical serialisation of the entry: a JSON array in a fixed order (JSON of strings,
 * integers and null has one spelling), so any change to any field, or to the order of entries,
 * changes every hash after it.
 */
function canonical(previousHash: string, entry: ChainedFields): string {
  return `${previousHash}\n${JSON.stringify([
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
  ])}`
}

/**
 * The chain before it was keyed: plain SHA-256, which anyone with the file can recompute. Kept
 * only to verify the entries an installation wrote before the hand-over to the keyed chain.
 */
export function legacyEntryHash(previousHash: string, entry: ChainedFields): string {
  return createHash('sha256').update(canonical(previousHash, entry)).digest('hex')
}

/**
 * HMAC-SHA-256 with the installation's audit key, which never enters the database: someone
 * with the file can still change rows, but cannot compute the hashes that would hide it.
 */
export function keyedEntryHash(key: Buffer, previousHash: string, entry: ChainedFields): string {
  return createHmac('sha256', key).update(canonical(previousHash, entry)).digest('hex')
}
