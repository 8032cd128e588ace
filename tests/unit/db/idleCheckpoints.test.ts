import type { Database } from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIdleCheckpoints } from '../../../src/main/db/idleCheckpoints'
import { silentLogger } from '../../../src/main/log'
import { useTestCore } from '../support/testCore'
import { fakePatient } from '../support/patientFixtures'

/** A database that only records its pragmas: the scheduler's whole conversation with SQLite. */
function pragmaRecorder() {
  const pragmas: string[] = []
  const db = {
    open: true,
    pragma: (text: string) => {
      pragmas.push(text)
      return []
    },
  }
  return { db: db as unknown as Database & { open: boolean }, pragmas }
}

const CHECKPOINT = 'wal_checkpoint(PASSIVE)'

describe('idle checkpoints', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it("takes over from SQLite's checkpoint inside commits, keeping a far-off safety net", () => {
    const { db, pragmas } = pragmaRecorder()
    createIdleCheckpoints(db, silentLogger)
    expect(pragmas).toEqual(['wal_autocheckpoint = 10000'])
  })

  it('copies the log back once calls pause, not while they keep coming', () => {
    const { db, pragmas } = pragmaRecorder()
    const checkpoints = createIdleCheckpoints(db, silentLogger, { idleMs: 500, maxCalls: 100 })
    for (let i = 0; i < 5; i++) {
      checkpoints.afterCall()
      vi.advanceTimersByTime(400)
    }
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(0)
    vi.advanceTimersByTime(100)
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(1)
  })

  it('copies it back in the next gap after many calls, even without a pause', () => {
    const { db, pragmas } = pragmaRecorder()
    const checkpoints = createIdleCheckpoints(db, silentLogger, { idleMs: 500, maxCalls: 3 })
    checkpoints.afterCall()
    checkpoints.afterCall()
    vi.runAllTicks()
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(0)
    checkpoints.afterCall()
    // Not inside the call that reached the count: only once control returns to the event loop.
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(0)
    vi.advanceTimersByTime(0)
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(1)
    // The count starts again.
    checkpoints.afterCall()
    vi.advanceTimersByTime(0)
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(1)
  })

  it('does nothing once the database is closed or the scheduler stopped', () => {
    const { db, pragmas } = pragmaRecorder()
    const checkpoints = createIdleCheckpoints(db, silentLogger, { idleMs: 10 })
    checkpoints.afterCall()
    db.open = false
    vi.advanceTimersByTime(20)
    checkpoints.afterCall()
    checkpoints.stop()
    db.open = true
    vi.advanceTimersByTime(20)
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(0)
  })
})

describe('the core', () => {
  const openCore = useTestCore()

  it('answers calls with the checkpoint left for later', async () => {
    const { core, api } = openCore()
    expect(core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000)
    const created = await api.patients.create(fakePatient())
    expect(created.ok).toBe(true)
    // Everything committed is readable straight away, checkpoint or not.
    expect(core.db.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 1 })
  })
})
