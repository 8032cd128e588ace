import { randomUUID } from 'node:crypto'
import type { RpcError, RpcResult } from '../../shared/contract/errors'
import type { Logger } from '../log'
import { storageProblemOf, storageRpcError } from '../storageErrors/storageProblem'

/** What a call waits on: db/groupCommit.ts's `durable`, null when nothing is waiting. */
export interface Durability {
  durable(): Promise<void> | null
}

/**
 * `result`, once everything the call committed or read is on disk (see db/groupCommit.ts). When the
 * disk refuses the sync, a success is not reported as one: the change may not survive a power
 * cut, so the person is told to check and try again instead of being told it was saved.
 */
export async function onceDurable<T>(
  commits: Durability,
  result: RpcResult<T>,
  log: Logger,
  location: string,
): Promise<RpcResult<T>> {
  const waiting = commits.durable()
  if (!waiting) return result
  try {
    await waiting
    return result
  } catch (thrown) {
    const problem = storageProblemOf(thrown)
    const ref = randomUUID().slice(0, 8)
    log.error('db.sync_failed', thrown, { ref, ...(problem ? { problem } : {}) })
    if (!result.ok) return result
    const error: RpcError = problem
      ? storageRpcError(problem, location)
      : {
          kind: 'internal',
          message: `The disk did not confirm this was saved. Check that it is there before going on, and tell whoever looks after this computer. Reference ${ref}.`,
          ref,
        }
    return { ok: false, error }
  }
}
