import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import { databaseFile } from '../../../src/main/dataDir'
import { silentLogger } from '../../../src/main/log'
import { describeAuditVerification } from '../../../src/main/cli/auditVerificationText'
import { loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { openWithKeys, testKeys } from '../../support/keyedFiles'
import { tamper } from '../audit/auditSupport'
import { fakePatient } from '../support/patientFixtures'
import { signedInClient } from '../support/signedInClient'
import { useTempDir } from '../support/tempDataDir'
import { expectOk } from '../support/testCore'
import { signInOnHost, useHosts } from './hostSupport'

const hosts = useHosts()
const tempDir = useTempDir()

/**
 * A backup of another installation this one can read (a plaintext database, as a version
 * before encryption wrote it) whose audit trail was keyed with that installation's key.
 * Returns the file and how many entries its trail has.
 */
async function otherInstallationsBackup(): Promise<{ file: string; entries: number }> {
  const otherDir = join(tempDir(), 'branch-office')
  const core = openCore({
    dataDir: otherDir,
    log: silentLogger,
    keys: testKeys(),
    benchmarkWithoutEncryption: true,
  })
  const api = signedInClient(core, 'front_desk')
  for (const familyName of ['Branch', 'Office']) {
    expectOk(await api.patients.create(fakePatient({ familyName })))
  }
  const entries = core.db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number
  core.close()
  const file = join(tempDir(), 'from-branch.sqlite3')
  copyFileSync(databaseFile(otherDir), file)
  return { file, entries }
}

describe('restoring a confirmed backup from another installation', () => {
  it('seals its trail as imported: later entries verify, and verify says 1..N were not checked', async () => {
    const { file, entries: imported } = await otherInstallationsBackup()
    const dataDir = hosts.dataDir()
    const host = hosts.open(dataDir)
    const admin = signInOnHost(host, 'admin')
    mkdirSync(join(dataDir, 'backups'), { recursive: true })
    copyFileSync(file, join(dataDir, 'backups', 'from-branch.sqlite3'))

    const inspection = expectOk(await admin.backups.inspect({ name: 'from-branch.sqlite3' }))
    expect(inspection).toMatchObject({ needsConfirmation: true, auditTrail: 'not_verified' })
    expectOk(
      await admin.backups.restore({
        name: 'from-branch.sqlite3',
        confirm: true,
        confirmedSha256: inspection.sha256,
      }),
    )
    // The restore's own entry follows the imported ones, keyed with this installation's key.
    const expected = { intact: true, entries: imported + 1, importedThrough: imported }
    const adminAfter = signInOnHost(host, 'admin')
    expect(expectOk(await adminAfter.audit.verify({}))).toEqual(expected)

    // Not just until the next start: reopened, it still holds, and work goes on being checked.
    host.close()
    const reopened = hosts.open(dataDir)
    expect(reopened.problem()).toBeNull()
    const adminAgain = signInOnHost(reopened, 'admin')
    const desk = signInOnHost(reopened, 'front_desk', 'desk')
    expectOk(await desk.patients.create(fakePatient({ familyName: 'Afterwards' })))
    const result = expectOk(await adminAgain.audit.verify({}))
    expect(result).toMatchObject({ intact: true, importedThrough: imported })
    expect(describeAuditVerification(result)).toContain(
      `Entries 1 to ${imported} came from another installation's backup`,
    )
    const newest = result.entries
    reopened.close()

    // An entry written here after the import is still guarded by this installation's key.
    const db = openWithKeys(databaseFile(dataDir), loadOrCreateKeyFile(dataDir))
    tamper(db, `UPDATE audit_log SET outcome = 'denied' WHERE id = ${newest}`)
    db.close()
    const tampered = hosts.open(dataDir)
    const adminLast = signInOnHost(tampered, 'admin')
    expect(expectOk(await adminLast.audit.verify({}))).toMatchObject({
      intact: false,
      problem: 'edited',
      firstBadId: newest,
      importedThrough: imported,
    })
  })
})
