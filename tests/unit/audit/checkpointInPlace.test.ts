import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHECKPOINT_RECORD_BYTES, checkpointFileOf } from '../../../src/main/audit/checkpointFile'
import { fakePatient } from '../support/patientFixtures'
import { expectOk, useTestCore } from '../support/testCore'

const openTestCore = useTestCore()

function fileCheckpoint(file: string): { lastId: number } {
  return JSON.parse(readFileSync(file, 'utf8')) as { lastId: number }
}

describe('the checkpoint file after each call', () => {
  it('is written in place (one fixed-size record, no new file per call) and follows the trail', async () => {
    const { core, api } = openTestCore()
    const file = checkpointFileOf(core.db.name)
    expectOk(await api.patients.create(fakePatient()))
    const inode = statSync(file).ino
    for (const familyName of ['Second', 'Third', 'Fourth']) {
      expectOk(await api.patients.create(fakePatient({ familyName })))
    }
    // The same file, rewritten where it is: no temporary file renamed over it per call.
    expect(statSync(file).ino).toBe(inode)
    expect(statSync(file).size).toBe(CHECKPOINT_RECORD_BYTES)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const newest = core.db.prepare('SELECT max(id) FROM audit_log').pluck().get()
    expect(fileCheckpoint(file).lastId).toBe(newest)
    expect(expectOk(await api.patients.get({ id: 1 })).id).toBe(1)
  })

  it('is written again under its name when it was removed or replaced meanwhile', async () => {
    const { core, api } = openTestCore()
    const file = checkpointFileOf(core.db.name)
    expectOk(await api.patients.create(fakePatient()))
    rmSync(file)
    expectOk(await api.patients.create(fakePatient({ familyName: 'After' })))
    const newest = () => core.db.prepare('SELECT max(id) FROM audit_log').pluck().get()
    expect(fileCheckpoint(file).lastId).toBe(newest())

    // A longer file put in its place (by hand): afterwards it holds one whole record, nothing more.
    writeFileSync(file, `${' '.repeat(2000)}\n`, { mode: 0o600 })
    expectOk(await api.patients.create(fakePatient({ familyName: 'Later' })))
    expect(statSync(file).size).toBe(CHECKPOINT_RECORD_BYTES)
    expect(fileCheckpoint(file).lastId).toBe(newest())
  })
})
