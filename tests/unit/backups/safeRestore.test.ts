import { copyFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations/index'
import { loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { runCli } from '../cli/runCli'
import { openWithKeys } from '../../support/keyedFiles'
import { fakePatient } from '../support/patientFixtures'
import { expectOk } from '../support/testCore'
import { signInOnHost, useHosts } from './hostSupport'
import type { CoreHost } from '../../../src/main/host/coreHost'

const hosts = useHosts()

function patientCount(host: CoreHost): number {
  return host.core()!.db.prepare('SELECT count(*) FROM patients').pluck().get() as number
}

async function addPatient(desk: ClinicApi, familyName: string): Promise<void> {
  expectOk(await desk.patients.create(fakePatient({ familyName })))
}

/** A host with one patient, a signed backup of it, and a second patient added after. */
async function hostWithBackup() {
  const dataDir = hosts.dataDir()
  const host = hosts.open(dataDir)
  const desk = signInOnHost(host, 'front_desk', 'desk')
  const admin = signInOnHost(host, 'admin')
  await addPatient(desk, 'Before')
  const backup = expectOk(await admin.backups.run({}))
  await addPatient(desk, 'After')
  const file = join(dataDir, 'backups', backup.name)
  return { dataDir, host, admin, backup, file }
}

function leftovers(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => /replaced|restoring|inspecting/.test(name))
}

describe('a restore that cannot lose data', () => {
  it('is refused by the CLI while the browser shell holds the data folder, changing nothing', async () => {
    const { dataDir, host, file } = await hostWithBackup()
    const refused = runCli(['restore', '--data-dir', dataDir, '--from', file])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /The browser shell \(process \d+, since [0-9: -]+\) is using this data folder; stop it first\./,
    )
    // The running shell still has both patients and keeps working on the same file.
    expect(patientCount(host)).toBe(2)
    expect(leftovers(dataDir)).toEqual([])
  })

  it('rejects a look-alike backup (a patients table and nothing else) before anything is swapped', async () => {
    const { dataDir, host } = await hostWithBackup()
    host.close()
    const lookalike = join(hosts.dataDir(), '..', 'lookalike.sqlite3')
    const fake = new BetterSqlite3(lookalike)
    fake.exec('CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)')
    fake.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`)
    fake.close()
    const refused = runCli(['restore', '--data-dir', dataDir, '--from', lookalike])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/This file is not a Clinic Intake backup: .*Nothing was changed/)
    expect(leftovers(dataDir)).toEqual([])
    // The app starts afterwards on the database that was there.
    const again = hosts.open(dataDir)
    expect(again.problem()).toBeNull()
    expect(patientCount(again)).toBe(2)
  })

  it('rejects a crafted backup that carries a trigger, without running it', async () => {
    const { dataDir, host, admin, file } = await hostWithBackup()
    const crafted = join(dataDir, 'backups', 'crafted.sqlite3')
    copyFileSync(file, crafted)
    const db = openWithKeys(crafted, loadOrCreateKeyFile(dataDir))
    db.exec(`
      INSERT INTO users (username, display_name, role, password_hash, password_changed_at,
        created_at, updated_at)
      VALUES ('intruder', 'Intruder', 'admin', 'x', '2026-01-01', '2026-01-01', '2026-01-01');
      CREATE TABLE loot (text TEXT);
      CREATE TRIGGER copy_patients AFTER INSERT ON audit_log
      BEGIN INSERT INTO loot SELECT family_name FROM patients; END;`)
    db.close()
    for (const reply of [
      await admin.backups.inspect({ name: 'crafted.sqlite3' }),
      await admin.backups.restore({ name: 'crafted.sqlite3', confirm: true }),
    ]) {
      expect(reply).toMatchObject({
        ok: false,
        error: {
          kind: 'conflict',
          message: expect.stringMatching(/not a Clinic Intake backup.*trigger "copy_patients"/),
        },
      })
    }
    expect(patientCount(host)).toBe(2)
    const live = host.core()!.db
    expect(
      live.prepare("SELECT count(*) FROM users WHERE username = 'intruder'").pluck().get(),
    ).toBe(0)
    expect(
      live.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'loot'").pluck().get(),
    ).toBe(0)
    expect(leftovers(dataDir)).toEqual([])
  })

  it('holds a backup with an extra admin account for confirmation, showing that account', async () => {
    const { dataDir, host, admin, file } = await hostWithBackup()
    const ownInspection = expectOk(
      await admin.backups.inspect({
        name: readdirSync(join(dataDir, 'backups')).find((n) => n.endsWith('.sqlite3'))!,
      }),
    )
    expect(ownInspection).toMatchObject({ origin: 'this_installation', needsConfirmation: false })

    const crafted = join(dataDir, 'backups', 'crafted.sqlite3')
    copyFileSync(file, crafted)
    copyFileSync(`${file}.sig.json`, `${crafted}.sig.json`)
    const db = openWithKeys(crafted, loadOrCreateKeyFile(dataDir))
    db.exec(`
      INSERT INTO users (username, display_name, role, password_hash, password_changed_at,
        created_at, updated_at)
      VALUES ('intruder', 'Intruder', 'admin', 'x', '2026-01-01', '2026-01-01', '2026-01-01')`)
    db.close()

    const inspection = expectOk(await admin.backups.inspect({ name: 'crafted.sqlite3' }))
    expect(inspection).toMatchObject({
      origin: 'signature_invalid',
      needsConfirmation: true,
      patients: 1,
      schemaVersion: LATEST_SCHEMA_VERSION,
    })
    expect(inspection.accounts).toContainEqual({
      username: 'intruder',
      role: 'admin',
      disabled: false,
    })

    // Not without the confirmation, and not with a fingerprint of other bytes.
    for (const confirmedSha256 of [undefined, '0'.repeat(64)]) {
      expect(
        await admin.backups.restore({
          name: 'crafted.sqlite3',
          confirm: true,
          ...(confirmedSha256 ? { confirmedSha256 } : {}),
        }),
      ).toMatchObject({
        ok: false,
        error: { kind: 'conflict', message: expect.stringMatching(/confirm/) },
      })
    }
    expect(patientCount(host)).toBe(2)
    expect(
      host
        .core()!
        .db.prepare("SELECT count(*) FROM users WHERE username = 'intruder'")
        .pluck()
        .get(),
    ).toBe(0)

    const restored = expectOk(
      await admin.backups.restore({
        name: 'crafted.sqlite3',
        confirm: true,
        confirmedSha256: inspection.sha256,
      }),
    )
    expect(patientCount(host)).toBe(1)
    expect(restored.keptAsidePath).toBe(join(dataDir, restored.keptAsideAs))
    const aside = openWithKeys(restored.keptAsidePath, loadOrCreateKeyFile(dataDir), {
      readonly: true,
    })
    expect(aside.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(2)
    aside.close()
  })
})
