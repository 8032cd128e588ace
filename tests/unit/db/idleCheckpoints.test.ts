import { readdirSync, readlinkSync, statSync } from 'node:fs'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIdleCheckpoints } from '../../../src/main/db/idleCheckpoints'
import { silentLogger } from '../../../src/main/log'
import { useTestCore } from '../support/testCore'
import { fakePatient } from '../support/patientFixtures'

const CHECKPOINT = 'wal_checkpoint(PASSIVE)'

/** A database that only records its pragmas, and a checkpoint that records itself there too. */
function pragmaRecorder() {
  const pragmas: string[] = []
  const db = {
    open: true,
    pragma: (text: string) => {
      pragmas.push(text)
      return []
    },
  }
  const run = async () => {
    pragmas.push(CHECKPOINT)
  }
  return { db: db as unknown as Database & { open: boolean }, pragmas, run }
}

describe('idle checkpoints', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it("takes over from SQLite's checkpoint inside commits, keeping a far-off safety net", () => {
    const { db, pragmas, run } = pragmaRecorder()
    createIdleCheckpoints(db, silentLogger, { run })
    expect(pragmas).toEqual(['wal_autocheckpoint = 10000'])
  })

  it('copies the log back once calls pause, not while they keep coming', () => {
    const { db, pragmas, run } = pragmaRecorder()
    const checkpoints = createIdleCheckpoints(db, silentLogger, { run, idleMs: 500, maxCalls: 100 })
    for (let i = 0; i < 5; i++) {
      checkpoints.afterCall()
      vi.advanceTimersByTime(400)
    }
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(0)
    vi.advanceTimersByTime(100)
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(1)
  })

  it('copies it back in the next gap after many calls, even without a pause', () => {
    const { db, pragmas, run } = pragmaRecorder()
    const checkpoints = createIdleCheckpoints(db, silentLogger, { run, idleMs: 500, maxCalls: 3 })
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
    const { db, pragmas, run } = pragmaRecorder()
    const checkpoints = createIdleCheckpoints(db, silentLogger, { run, idleMs: 10 })
    checkpoints.afterCall()
    db.open = false
    vi.advanceTimersByTime(20)
    checkpoints.afterCall()
    checkpoints.stop()
    db.open = true
    vi.advanceTimersByTime(20)
    expect(pragmas.filter((p) => p === CHECKPOINT)).toHaveLength(0)
  })

  it('runs one checkpoint at a time: calls made meanwhile wait for the next', async () => {
    const { db } = pragmaRecorder()
    let finish = () => {}
    let runs = 0
    const run = () => {
      runs += 1
      return new Promise<void>((resolve) => {
        finish = resolve
      })
    }
    const checkpoints = createIdleCheckpoints(db, silentLogger, { run, idleMs: 10 })
    checkpoints.afterCall()
    vi.advanceTimersByTime(20)
    checkpoints.afterCall()
    vi.advanceTimersByTime(20)
    expect(runs).toBe(1)
    finish()
    await vi.waitFor(() => {
      checkpoints.afterCall()
      vi.advanceTimersByTime(20)
      expect(runs).toBe(2)
    })
  })
})

/** The files this process holds open (Linux). */
function openFiles(): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)]
    } catch {
      return []
    }
  })
}

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

  it('copies the log back on a worker connection once calls pause, and lets it go at close', async () => {
    const { core, api } = openCore()
    const file = core.db.name
    const before = statSync(file).mtimeMs
    for (let i = 0; i < 20; i++) expect((await api.patients.create(fakePatient())).ok).toBe(true)
    // In WAL mode only a checkpoint writes the database file itself.
    expect(statSync(file).mtimeMs).toBe(before)
    await vi.waitFor(() => expect(statSync(file).mtimeMs).toBeGreaterThan(before), {
      timeout: 5_000,
      interval: 50,
    })
    core.close()
    // Closed with the core, not some time later: the database can be moved straight away.
    expect(openFiles().filter((path) => path.startsWith(file))).toEqual([])
  })
})
