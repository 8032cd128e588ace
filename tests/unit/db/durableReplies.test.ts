// Through the real core: a reply, and the live-update event about it, leave only once the
// write-ahead log holding the call's commit has been synced (db/groupCommit.ts), and the
// connection no longer syncs inside each commit on the event loop.
import type * as Fs from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChangeEvent } from '../../../src/shared/events/changeEvent'
import { expectOk, useTestCore } from '../support/testCore'
import { fakePatient } from '../support/patientFixtures'
import { withScreeningRecorded } from '../../support/screening'
import { EMERGENCY_ANSWERS } from '../alerts/alertSupport'

/** Log syncs the test holds back, to see what waits for them. */
const held = vi.hoisted(() => ({ on: false, waiting: [] as (() => void)[], count: 0 }))

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>()
  const fdatasync = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
    held.count += 1
    if (!held.on) return fs.fdatasync(fd, callback)
    held.waiting.push(() => fs.fdatasync(fd, callback))
  }
  return { ...fs, default: { ...fs, fdatasync }, fdatasync }
})

const openTestCore = useTestCore()

function releaseAll(): void {
  held.on = false
  for (const release of held.waiting.splice(0)) release()
}

afterEach(releaseAll)

async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  promise.then(
    () => (done = true),
    () => (done = true),
  )
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
  return done
}

describe('replies wait for the disk, not the event loop', () => {
  it('commits without syncing inside the commit (the log is synced off the loop)', () => {
    const { core } = openTestCore()
    // 1 = NORMAL: in WAL mode a commit writes the log and returns; FULL (2) would sync it there.
    expect(core.db.pragma('synchronous', { simple: true })).toBe(1)
  })

  it('answers a submit, and tells the workstations, only after its log sync', async () => {
    const { core, api } = openTestCore()
    const events: ChangeEvent[] = []
    core.events.subscribe((event) => events.push(event))
    const patient = expectOk(await api.patients.create(fakePatient()))
    const { intake } = expectOk(
      await api.intakes.start({ patientId: patient.id, visitDate: '2026-03-02' }),
    )
    held.on = true
    const syncsBefore = held.count
    const submitting = api.intakes.submit({
      id: intake.id,
      version: intake.version,
      answers: withScreeningRecorded(EMERGENCY_ANSWERS),
    })
    expect(await settled(submitting)).toBe(false)
    expect(events).toHaveLength(0)
    expect(held.count).toBe(syncsBefore + 1)
    releaseAll()
    expectOk(await submitting)
    expect(events.map((event) => event.kind)).toEqual(['intake.submitted', 'alert.raised'])
  })

  it('lets calls keep running while a sync is under way, and syncs their commits together', async () => {
    const { api } = openTestCore()
    held.on = true
    const first = api.patients.create(fakePatient({ recordNumber: 'DEMO-A1' }))
    await settled(first)
    const syncsBefore = held.count
    // Made while the first sync is held: the event loop is free, so these commit now.
    const more = [2, 3, 4].map((n) =>
      api.patients.create(fakePatient({ recordNumber: `DEMO-A${n}` })),
    )
    await settled(Promise.all(more))
    expect(held.count).toBe(syncsBefore)
    releaseAll()
    expectOk(await first)
    for (const saved of await Promise.all(more)) expectOk(saved)
    // One sync for the three calls that committed while the first one's was under way.
    expect(held.count).toBe(syncsBefore + 1)
  })
})
