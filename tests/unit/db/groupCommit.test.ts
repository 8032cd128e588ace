// Group commit: a call's reply waits for the one log sync that covers its commit, and calls
// that commit while a sync is under way share the next one.
import { describe, expect, it } from 'vitest'
import { createGroupCommit } from '../../../src/main/db/groupCommit'

/** A connection whose change count the test moves, and a log whose syncs the test finishes. */
function fakeConnection() {
  let changes = 0
  const syncs: { finish: () => void; fail: (error: Error) => void }[] = []
  const commits = createGroupCommit({
    changeCount: () => changes,
    syncLog: () =>
      new Promise<void>((resolve, reject) => {
        syncs.push({ finish: resolve, fail: reject })
      }),
  })
  return {
    commits,
    syncs,
    commit: () => {
      changes += 1
    },
  }
}

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  promise.then(
    () => (done = true),
    () => (done = true),
  )
  await new Promise((resolve) => setImmediate(resolve))
  return done
}

describe('group commit', () => {
  it('lets a call that changed nothing answer at once, without a sync', () => {
    const { commits, syncs } = fakeConnection()
    expect(commits.durable()).toBeNull()
    expect(syncs).toHaveLength(0)
  })

  it('holds a committed call until the sync of its commit has finished', async () => {
    const { commits, syncs, commit } = fakeConnection()
    commit()
    const waiting = commits.durable()
    expect(waiting).not.toBeNull()
    expect(await settled(waiting as Promise<void>)).toBe(false)
    syncs[0]?.finish()
    expect(await settled(waiting as Promise<void>)).toBe(true)
    expect(commits.durable()).toBeNull()
  })

  it('makes a reader wait too while a commit it may have seen is not yet on disk', async () => {
    const { commits, syncs, commit } = fakeConnection()
    commit()
    const writer = commits.durable() as Promise<void>
    const reader = commits.durable()
    expect(reader).not.toBeNull()
    syncs[0]?.finish()
    await Promise.all([writer, reader])
    expect(syncs).toHaveLength(1)
  })

  it('covers every commit made during a sync with one next sync, started after it', async () => {
    const { commits, syncs, commit } = fakeConnection()
    commit()
    const first = commits.durable() as Promise<void>
    commit()
    const second = commits.durable() as Promise<void>
    commit()
    const third = commits.durable() as Promise<void>
    // The sync under way may have missed the later commits: they wait for the next one, which
    // does not start before it.
    expect(syncs).toHaveLength(1)
    syncs[0]?.finish()
    await first
    expect(await settled(second)).toBe(false)
    expect(syncs).toHaveLength(2)
    syncs[1]?.finish()
    await Promise.all([second, third])
    expect(syncs).toHaveLength(2)
    expect(commits.durable()).toBeNull()
  })

  it('rejects the calls a failed sync covered, and tries again for the next call', async () => {
    const { commits, syncs, commit } = fakeConnection()
    commit()
    const waiting = commits.durable() as Promise<void>
    syncs[0]?.fail(Object.assign(new Error('I/O error'), { code: 'EIO' }))
    await expect(waiting).rejects.toThrow('I/O error')
    const retry = commits.durable()
    expect(retry).not.toBeNull()
    syncs[1]?.finish()
    await retry
    expect(commits.durable()).toBeNull()
  })
})
