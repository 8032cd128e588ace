import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECKPOINT_FILE_NAME } from '../../../src/main/audit/checkpointFile'
import { expectOk } from '../support/testCore'
import { fakePatient } from '../support/patientFixtures'
import { signInOnHost, useHosts } from './hostSupport'

const hosts = useHosts()

function checkpointFileLastId(dataDir: string): number {
  const body = JSON.parse(readFileSync(join(dataDir, CHECKPOINT_FILE_NAME), 'utf8')) as {
    lastId: number
  }
  return body.lastId
}

describe('the audit checkpoint after a restore', () => {
  it('describes the restored database, so the trail verifies intact after reopening, restore included', async () => {
    const dataDir = hosts.dataDir()
    const host = hosts.open(dataDir)
    const desk = signInOnHost(host, 'front_desk', 'desk')
    const admin = signInOnHost(host, 'admin')
    expectOk(await desk.patients.create(fakePatient({ familyName: 'Before' })))
    const backup = expectOk(await admin.backups.run({}))
    // Work after the backup moves the checkpoint file past anything the backup holds.
    for (const familyName of ['After', 'Later', 'Latest']) {
      expectOk(await desk.patients.create(fakePatient({ familyName })))
    }
    const idBeforeRestore = checkpointFileLastId(dataDir)

    expectOk(await admin.backups.restore({ name: backup.name, confirm: true }))
    const restoreEntry = host
      .core()!
      .db.prepare<[], { id: number; action: string; outcome: string; username: string }>(
        'SELECT id, action, outcome, username FROM audit_log ORDER BY id DESC LIMIT 1',
      )
      .get()
    expect(restoreEntry).toMatchObject({ action: 'restore', outcome: 'ok', username: 'test-admin' })
    // The file follows the restored trail, ending at the restore's own entry.
    expect(checkpointFileLastId(dataDir)).toBe(restoreEntry!.id)
    expect(restoreEntry!.id).toBeLessThan(idBeforeRestore)

    host.close()
    const reopened = hosts.open(dataDir)
    expect(reopened.problem()).toBeNull()
    const adminAgain = signInOnHost(reopened, 'admin')
    expect(expectOk(await adminAgain.audit.verify({}))).toEqual({
      intact: true,
      entries: restoreEntry!.id,
    })
    const restores = reopened
      .core()!
      .db.prepare("SELECT detail FROM audit_log WHERE action = 'restore'")
      .pluck()
      .all()
    expect(restores).toEqual(['completed'])
  })
})
