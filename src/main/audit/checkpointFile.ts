import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { AuditProblemSchema } from '../../shared/audit/auditEntry'
import { writeFileAtomic } from '../storage/atomicFile'
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
  writeFileAtomic(file, `${checkpointText(seal)}\n`, { durable: false })
}

function checkpointText(seal: SignedSeal): string {
  const body = {
    format: 'clinic-intake-audit-checkpoint',
    version: 1,
    lastId: seal.lastId,
    lastHash: seal.lastHash,
    problem: seal.broken?.problem ?? null,
    firstBadId: seal.broken?.firstBadId ?? null,
    signature: seal.signature,
  }
  return JSON.stringify(body)
}

/**
 * One disk sector: the record is written in one piece, never torn by a crash. A checkpoint is
 * about 300 bytes of JSON; the rest is spaces, which JSON.parse ignores (so readCheckpointFile
 * reads both this and the renamed file alike).
 */
export const CHECKPOINT_RECORD_BYTES = 512

export interface CheckpointWriter {
  write(seal: SignedSeal): void
  close(): void
}

/**
 * The per-call writer of the checkpoint file: the file opened once, each checkpoint written over
 * the last in place, as one fixed-size record at offset 0.
 *
 * Why not a temporary file renamed over it, as at open: measured through the door on a small
 * database (bench/auditCheckpointFlush.ts, 900 submits each, a loaded 2-core machine), the
 * rename added about 1.1 ms to a submit's median (7.6 ms, against 6.5 ms in place and 6.6 ms
 * with no file at all), and the write alone took 0.43 ms median, 32 ms p99 by rename against
 * 0.009 ms and 0.6 ms in place. A rename creates and removes a file in the folder, changes the
 * database's next fsync (synchronous = FULL) must wait for too; a write into a file that exists
 * is one page in the page cache. Detection is unchanged: the file is still written after
 * every call, before its reply, so "delete the newest rows" finds the file naming an entry the
 * chain no longer has. The record holds its own signature; a record torn all the same (a disk
 * that does not write a sector whole) reads as an unsigned checkpoint: a false alarm, never a
 * tampering missed. No fsync, as in writeCheckpointFile.
 */
export function openCheckpointWriter(file: string): CheckpointWriter {
  // Read-write, created if missing (0600), never truncated on open: it holds the checkpoint.
  const openFile = () => openSync(file, constants.O_RDWR | constants.O_CREAT, 0o600)
  let handle = openFile()
  let open = true
  return {
    write(seal) {
      const record = Buffer.alloc(CHECKPOINT_RECORD_BYTES, 0x20)
      const written = record.write(checkpointText(seal))
      if (written > CHECKPOINT_RECORD_BYTES - 1) throw new Error('The checkpoint is too long.')
      record.write('\n', CHECKPOINT_RECORD_BYTES - 1)
      // The file replaced or removed meanwhile (a restore's swap rewrites it by rename): write
      // where its name now points, as the rename did. Stats change nothing on disk.
      const current = statSync(file, { throwIfNoEntry: false })
      let opened = fstatSync(handle)
      if (!current || current.ino !== opened.ino) {
        closeSync(handle)
        handle = openFile()
        opened = fstatSync(handle)
      }
      writeSync(handle, record, 0, record.length, 0)
      // A longer file (put there by hand) must not keep bytes after the record; shortened only
      // after the write, so the file never holds less than a whole record.
      if (opened.size > CHECKPOINT_RECORD_BYTES) ftruncateSync(handle, CHECKPOINT_RECORD_BYTES)
    },
    close() {
      if (!open) return
      open = false
      closeSync(handle)
    },
  }
}
