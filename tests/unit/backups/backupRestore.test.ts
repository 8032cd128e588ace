import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations/index'
import { loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { openWithKeys } from '../../support/keyedFiles'
import { expectOk } from '../support/testCore'
import { fingerprint } from './databaseFingerprint'
import { hostClient, signInOnHost, useHosts } from './hostSupport'

const hosts = useHosts()

function backupFolderOf(dataDir: string): string {
  return join(dataDir, 'backups')
}

describe('backup and restore', () => {
  it('round-trips every table, keeps the replaced database aside and signs everyone out', async () => {
    const dataDir = hosts.dataDir()
    const host = hosts.open(dataDir)
    const admin = signInOnHost(host, 'admin')
    signInOnHost(host, 'clinician', 'consulting-room')
    seedDemo(host.core()!.db, 12)
    const backup = expectOk(await admin.backups.run({}))
    const atBackup = fingerprint(host.core()!.db)
    expect(atBackup.patients?.rows).toBe(12)
    expect(atBackup.reviews?.rows).toBeGreaterThan(0)

    // Work after the backup: a new patient, and the trail grows.
    seedDemo(host.core()!.db, 3)
    expect(fingerprint(host.core()!.db).patients?.rows).toBe(15)

    const restored = expectOk(await admin.backups.restore({ name: backup.name, confirm: true }))
    expect(restored.restoredFrom).toBe(backup.name)
    expect(restored.keptAsideAs).toMatch(/^clinic-intake\.sqlite3\.replaced-/)

    const now = fingerprint(host.core()!.db)
    // The trail and its checkpoint seals are compared apart: the restore adds its own entry.
    const { audit_log: trailNow, audit_seals: _sealsNow, ...tablesNow } = now
    const { audit_log: trailThen, audit_seals: _sealsThen, ...tablesThen } = atBackup
    expect(tablesNow).toEqual(tablesThen)
    // The backup was taken just before its own "backup" entry was written; the restored trail is
    // the backup's, plus one entry: the restore itself.
    expect(trailThen?.rows).toBe(1)
    expect(trailNow?.rows).toBe(1)
    const last = host
      .core()!
      .db.prepare('SELECT action, detail, username FROM audit_log ORDER BY id DESC LIMIT 1')
      .get()
    expect(last).toEqual({ action: 'restore', detail: 'completed', username: 'test-admin' })
    expect(host.core()!.audit.verify()).toMatchObject({ intact: true })

    // The replaced database is whole, beside the new one, with the work done after the backup.
    const aside = openWithKeys(join(dataDir, restored.keptAsideAs), loadOrCreateKeyFile(dataDir), {
      readonly: true,
    })
    expect(aside.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(15)
    expect(
      aside.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore'").pluck().get(),
    ).toBe(1)
    aside.close()

    // Accounts may differ in the restored database: everyone signs in again.
    expect(expectOk(await admin.auth.status({}))).toEqual({ state: 'signed_out' })
    expect(expectOk(await hostClient(host, 'consulting-room').auth.status({}))).toEqual({
      state: 'signed_out',
    })
  })

  it('refuses a damaged, foreign or too-new backup and changes nothing', async () => {
    const dataDir = hosts.dataDir()
    const host = hosts.open(dataDir)
    const admin = signInOnHost(host, 'admin')
    seedDemo(host.core()!.db, 5)
    const good = expectOk(await admin.backups.run({}))
    const folder = backupFolderOf(dataDir)
    const before = fingerprint(host.core()!.db)

    writeFileSync(join(folder, 'garbage.sqlite3'), Buffer.alloc(16384, 0x5a))
    const goodBytes = readFileSync(join(folder, good.name))
    const torn = Buffer.from(goodBytes)
    // Scribble over the second half of the file: pages SQLite can still open but not trust.
    torn.fill(0x41, Math.floor(torn.length / 2))
    writeFileSync(join(folder, 'torn.sqlite3'), torn)
    const foreign = new BetterSqlite3(join(folder, 'foreign.sqlite3'))
    foreign.exec('CREATE TABLE notes (text TEXT)')
    foreign.pragma('user_version = 1')
    foreign.close()
    const newer = join(folder, 'newer.sqlite3')
    writeFileSync(newer, goodBytes)
    const bumped = openWithKeys(newer, loadOrCreateKeyFile(dataDir))
    bumped.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    bumped.close()

    const expected = {
      'garbage.sqlite3': /not a readable database/,
      'torn.sqlite3': /damaged|not a readable database/,
      'foreign.sqlite3': /not a Clinic Intake backup/,
      'newer.sqlite3': /newer version/,
    }
    for (const [name, message] of Object.entries(expected)) {
      const reply = await admin.backups.restore({ name, confirm: true })
      expect({ name, reply }).toMatchObject({
        name,
        reply: { ok: false, error: { kind: 'conflict', message: expect.stringMatching(message) } },
      })
    }
    expect(await admin.backups.restore({ name: 'missing.sqlite3', confirm: true })).toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    })
    expect(await admin.backups.restore({ name: '../escape.sqlite3', confirm: true })).toMatchObject(
      {
        ok: false,
        error: { kind: 'validation' },
      },
    )
    expect(fingerprint(host.core()!.db).patients).toEqual(before.patients)
    expect(
      readdirSync(dataDir).filter(
        (name) => name.includes('replaced') || name.includes('restoring'),
      ),
    ).toEqual([])
    expect(expectOk(await admin.auth.status({}))).toMatchObject({ state: 'signed_in' })
  })

  it('keeps the newest backups up to the retention count, never files put there by hand', async () => {
    const dataDir = hosts.dataDir()
    let clock = Date.parse('2026-11-20T08:00:00')
    const host = hosts.open(dataDir, () => new Date(clock))
    const admin = signInOnHost(host, 'admin')
    const settings = expectOk(await admin.safety.getSettings({}))
    expect(settings.backupFolder).toBe(backupFolderOf(dataDir))
    expectOk(await admin.safety.saveSettings({ ...settings, backupRetention: 2 }))
    mkdirSync(backupFolderOf(dataDir))
    writeFileSync(join(backupFolderOf(dataDir), 'copied-by-hand.sqlite3'), Buffer.alloc(4096))
    const made: string[] = []
    for (let day = 0; day < 4; day++) {
      made.push(expectOk(await admin.backups.run({})).name)
      clock += 24 * 60 * 60 * 1000
    }
    const listed = expectOk(await admin.backups.list({}))
    expect(listed.backups.map((b) => b.name).sort()).toEqual(
      ['copied-by-hand.sqlite3', made[2], made[3]].sort(),
    )
    expect(listed.folderProblem).toBeNull()
  })

  it("makes the day's backup once a day, and not before the first account exists", async () => {
    const dataDir = hosts.dataDir()
    const host = hosts.open(dataDir, () => new Date('2026-11-26T09:30:00'))
    await host.checkDailyBackup()
    expect(existsSync(backupFolderOf(dataDir))).toBe(false)
    signInOnHost(host, 'admin')
    await host.checkDailyBackup()
    await host.checkDailyBackup()
    // One backup, signed by this installation (its signature beside it).
    expect(readdirSync(backupFolderOf(dataDir)).sort()).toEqual([
      'clinic-intake-2026-11-26T09-30-00.sqlite3',
      'clinic-intake-2026-11-26T09-30-00.sqlite3.sig.json',
    ])
    const entry = host
      .core()!
      .db.prepare("SELECT user_id, action, outcome, detail FROM audit_log WHERE action = 'backup'")
      .all()
    expect(entry).toEqual([{ user_id: null, action: 'backup', outcome: 'ok', detail: 'daily' }])
  })
})
