/**
 * Failures of the disk rather than of the data: a full disk, or one the app may not write to.
 * They must never be shown as a damaged database (restoring a backup would be the wrong cure),
 * and nothing already saved is at risk: SQLite rolls the failed write back.
 */
export type StorageProblem = 'disk_full' | 'read_only'

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM'])

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null
  return typeof error.code === 'string' ? error.code : null
}

/** The storage problem behind `error` (or behind its causes), or null for any other failure. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const code = codeOf(current)
    if (code) {
      if (DISK_FULL.has(code)) return 'disk_full'
      if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) return 'read_only'
    }
    current = current instanceof Error ? current.cause : undefined
  }
  return null
}

/** What the person is told: what happened, that nothing is lost, and what to do. */
export function storageProblemMessage(problem: StorageProblem, location: string): string {
  return problem === 'disk_full'
    ? `The disk is full; nothing you entered has been lost. Free space on the drive that holds ${location} and try again.`
    : `The app cannot write to ${location} (the drive is read-only or the folder's permissions changed); nothing you entered has been lost. Ask whoever looks after this computer to make it writable again, then try again.`
}

/** The typed error the one door returns for a storage problem. */
export function storageRpcError(problem: StorageProblem, location: string) {
  return {
    kind: 'storage',
    reason: problem,
    message: storageProblemMessage(problem, location),
    params: { location },
  } as const
}

/**
 * Wraps the door's audit trail so a call that failed only because its audit entry could not be
 * written (a full disk) is told as a disk problem, not as an internal error.
 */
export function storageAwareTrail<E>(trail: { append(event: E): unknown }) {
  let lastProblem: StorageProblem | null = null
  return {
    append(event: E): unknown {
      try {
        const appended = trail.append(event)
        lastProblem = null
        return appended
      } catch (error) {
        lastProblem = storageProblemOf(error)
        throw error
      }
    },
    /** The storage problem of the latest failed append, null after a successful one. */
    problem: (): StorageProblem | null => lastProblem,
  }
}

/** `result` with an audit-write failure caused by the disk said as the disk problem it is. */
export function withStorageProblem<R extends { ok: boolean; error?: unknown }>(
  result: R,
  problem: StorageProblem | null,
  location: string,
): R | { ok: false; error: ReturnType<typeof storageRpcError> } {
  if (result.ok || !problem) return result
  const error = result.error as { kind?: string; ref?: string } | undefined
  if (error?.kind !== 'internal' || error.ref !== 'audit') return result
  return { ok: false, error: storageRpcError(problem, location) }
}
