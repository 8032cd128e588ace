import * as fs from 'node:fs'
import type * as FileSystem from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { expectOk } from '../support/testCore'
import { fakePatient } from '../support/patientFixtures'
import { signInOnHost, useHosts } from './hostSupport'

/** When set, renaming the prepared backup over the database fails, as a full disk would. */
const failing = vi.hoisted(() => ({ swap: false }))

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof FileSystem>()
  return {
    ...actual,
    renameSync(from: fs.PathLike, to: fs.PathLike) {
      if (failing.swap && String(from).endsWith('.restoring')) {
        throw Object.assign(new Error('injected failure mid-swap'), { code: 'EIO' })
      }
      return actual.renameSync(from, to)
    },
  }
})

const hosts = useHosts()

describe('a restore whose swap fails midway', () => {
  it('leaves the old database in place and working, now and at the next start', async () => {
    const dataDir = hosts.dataDir()
    const host = hosts.open(dataDir)
    const desk = signInOnHost(host, 'front_desk', 'desk')
    const admin = signInOnHost(host, 'admin')
    expectOk(await desk.patients.create(fakePatient({ familyName: 'Before' })))
    const backup = expectOk(await admin.backups.run({}))
    expectOk(await desk.patients.create(fakePatient({ familyName: 'After' })))

    failing.swap = true
    const reply = await admin.backups.restore({ name: backup.name, confirm: true })
    failing.swap = false
    expect(reply).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringMatching(/left as it was/) },
    })
    const count = (h: typeof host) =>
      h.core()!.db.prepare('SELECT count(*) FROM patients').pluck().get()
    expect(host.problem()).toBeNull()
    expect(count(host)).toBe(2)
    expect(fs.readdirSync(dataDir).filter((name) => /replaced|restoring/.test(name))).toEqual([])

    host.close()
    const again = hosts.open(dataDir)
    expect(again.problem()).toBeNull()
    expect(count(again)).toBe(2)
    expect(fs.existsSync(join(dataDir, 'clinic-intake.sqlite3'))).toBe(true)
  })
})
