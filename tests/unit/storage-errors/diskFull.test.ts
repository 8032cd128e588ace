import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCoreHost } from '../../../src/main/host/coreHost'
import type { CoreHost } from '../../../src/main/host/coreHost'
import { silentLogger } from '../../../src/main/log'
import { signInOnHost } from '../backups/hostSupport'
import { fillDisk, useSmallDisk } from '../support/smallDisk'
import { expectOk } from '../support/testCore'

/** A real full disk: a small tmpfs, filled up while the core is open. */
const smallDisk = useSmallDisk()
const mountSmallDisk = () => smallDisk('24m')
const hosts: CoreHost[] = []

// Registered after useSmallDisk, so it runs first: the hosts close before the disk goes.
afterEach(() => {
  while (hosts.length) hosts.pop()?.close()
})

const patient = (n: number) => ({
  givenName: `Filler${n}`,
  familyName: 'Disk',
  dateOfBirth: '1970-01-01',
  sex: 'female' as const,
})

describe('a full disk', () => {
  it('refuses saves with the disk-full message, loses nothing acknowledged, and survives the daily backup failing', async () => {
    const disk = mountSmallDisk()
    const dataDir = join(disk, 'data')
    mkdirSync(dataDir, { mode: 0o700 })
    const host = openCoreHost({ dataDir, log: silentLogger, shell: 'browser' })
    hosts.push(host)
    const desk = signInOnHost(host, 'front_desk')
    const saved: number[] = []
    for (let n = 0; n < 5; n++) saved.push(expectOk(await desk.patients.create(patient(n))).id)

    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const filler = fillDisk(disk)
      // Keep saving until the disk refuses: the refusal must say "disk full", nothing else.
      let refusal: unknown = null
      for (let n = 5; n < 2_000 && !refusal; n++) {
        const result = await desk.patients.create({
          ...patient(n),
          familyName: `Disk ${'x'.repeat(60)}`,
        })
        if (result.ok) saved.push(result.value.id)
        else refusal = result.error
      }
      expect(refusal).toMatchObject({
        kind: 'storage',
        reason: 'disk_full',
        message: expect.stringMatching(
          /^The disk is full; nothing you entered has been lost\. Free space on .*data.* and try again\.$/,
        ),
      })

      // The daily backup fails on the full disk (its folder is on it): the process lives on.
      await expect(host.checkDailyBackup()).resolves.toBeUndefined()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(unhandled).toEqual([])

      // Room again: every acknowledged save is there, and saving works.
      rmSync(filler)
      for (const id of saved) expect(expectOk(await desk.patients.get({ id })).id).toBe(id)
      expectOk(await desk.patients.create(patient(9_999)))
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })

  it('never ends the process when the daily backup and its audit entry fail', async () => {
    const disk = mountSmallDisk()
    const dataDir = join(disk, 'data')
    mkdirSync(dataDir, { mode: 0o700 })
    const host = openCoreHost({ dataDir, log: silentLogger, shell: 'browser' })
    hosts.push(host)
    const desk = signInOnHost(host, 'front_desk')
    for (let n = 0; n < 3; n++) expectOk(await desk.patients.create(patient(n)))
    fillDisk(disk)
    // Fill what the write-ahead log still had room for, so the trail cannot be written either.
    for (let n = 3; n < 2_000; n++) {
      if (!(await desk.patients.create({ ...patient(n), familyName: 'x'.repeat(80) })).ok) break
    }
    await expect(host.checkDailyBackup()).resolves.toBeUndefined()
  })
})
