import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { AuditProblemSchema } from '../../shared/audit/auditEntry'
import type { SignedSeal } from './auditSeal'

export const CHECKPOINT_FILE_NAME = 'audit-checkpoint.json'

/** The checkpoint file sits beside the database it vouches for. */
export function checkpointFileOf(databaseFile: string): string {
  return join(dirname(databaseFile), CHECKPOINT_FILE_NAME)
}

const CheckpointFileSchema = z.object({
  format: z.literal('clinic-intake-audit-checkpoint'),
  version: z.literal(1),
  lastId: z.int().nonnegative(),
  lastHash: z.string().regex(/^[0-9a-f]{64}$/),
  problem: AuditProblemSchema.nullable(),
  firstBadId: z.int().positive().nullable(),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
})

/**
 * The checkpoint in the file: null when there is no file; a seal that can never verify when
 * the file is there but not one the app wrote (edited by hand, truncated).
 */
export function readCheckpointFile(file: string): SignedSeal | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON: reported below as an unsigned checkpoint.
  }
  const parsed = CheckpointFileSchema.safeParse(json)
  if (!parsed.success) return { lastId: -1, lastHash: '', broken: null, signature: '' }
  const { lastId, lastHash, problem, firstBadId, signature } = parsed.data
  return { lastId, lastHash, broken: problem ? { problem, firstBadId } : null, signature }
}

/**
 * Replaces the file atomically (a temporary file renamed over it), readable by this account
 * only. No fsync, on purpose: it would add a second wait for the disk to every call. A crash can
 * at worst lose the newest rename, leaving an older checkpoint; ids are never reused, so an
 * older checkpoint still names an entry on the chain and verifies (the file may lag the
 * database, never lead it: the database commits with synchronous = FULL before this runs).
 */
export function writeCheckpointFile(file: string, seal: SignedSeal): void {
  const body = {
    format: 'clinic-intake-audit-checkpoint',
    version: 1,
    lastId: seal.lastId,
    lastHash: seal.lastHash,
    problem: seal.broken?.problem ?? null,
    firstBadId: seal.broken?.firstBadId ?? null,
    signature: seal.signature,
  }
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify(body)}\n`, { mode: 0o600 })
  renameSync(temporary, file)
}
