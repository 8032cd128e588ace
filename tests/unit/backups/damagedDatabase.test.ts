import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations/index'
import { openDataDirDatabase } from '../../support/keyedFiles'
import { expectOk } from '../support/testCore'
import { hostClient, signInOnHost, useHosts } from './hostSupport'

const hosts = useHosts()
const DB = 'clinic-intake.sqlite3'

/** A data folder with a good backup in its backup folder and a damaged database file. */
async function damagedDataDir(): Promise<{ dataDir: string; garbage: Buffer; backupName: string }> {
  const dataDir = hosts.dataDir()
  const host = hosts.open(dataDir)
  const admin = signInOnHost(host, 'admin')
  seedDemo(host.core()!.db, 4)
  const { name } = expectOk(await admin.backups.run({}))
  host.close()
  const garbage = Buffer.alloc(8192, 0x5a)
  writeFileSync(join(dataDir, DB), garbage)
  return { dataDir, garbage, backupName: name }
}

describe('a database that cannot be opened safely', () => {
  it('is refused with a clear state, left untouched, and never replaced by an empty one', async () => {
    const { dataDir, garbage } = await damagedDataDir()
    const host = hosts.open(dataDir)
    expect(host.problem()).toBe('damaged')
    const screen = hostClient(host)
    expect(expectOk(await screen.auth.status({}))).toEqual({
      state: 'database_unavailable',
      reason: 'damaged',
    })
    for (const call of [
      () => screen.patients.search({ query: '' }),
      () => screen.auth.signIn({ username: 'test-admin', password: 'whatever-it-is' }),
      () =>
        screen.auth.setupAdmin({
          username: 'new',
          displayName: 'New',
          password: 'a-long-password',
        }),
    ]) {
      expect(await call()).toMatchObject({
        ok: false,
        error: {
          kind: 'unauthenticated',
          reason: 'database_unavailable',
          message: 'The database could not be opened safely.',
        },
      })
    }
    expect(readFileSync(join(dataDir, DB)).equals(garbage)).toBe(true)
  })

  it('lists the backups and restores the chosen one, keeping the damaged file aside', async () => {
    const { dataDir, garbage, backupName } = await damagedDataDir()
    const host = hosts.open(dataDir)
    const screen = hostClient(host)
    const listing = expectOk(await screen.recovery.listBackups({}))
    expect(listing.backups.map((b) => b.name)).toEqual([backupName])

    const restored = expectOk(await screen.recovery.restore({ name: backupName, confirm: true }))
    expect(host.problem()).toBeNull()
    expect(readFileSync(join(dataDir, restored.keptAsideAs)).equals(garbage)).toBe(true)
    expect(expectOk(await screen.auth.status({}))).toEqual({ state: 'signed_out' })
    const core = host.core()!
    expect(core.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(4)
    expect(
      core.db.prepare("SELECT user_id, detail FROM audit_log WHERE action = 'restore'").all(),
    ).toEqual([{ user_id: null, detail: 'recovery' }])
    // Once the database is back, the recovery channels are closed.
    expect(await screen.recovery.listBackups({})).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    })
  })

  it('reads the backup folder from the safety settings beside the database', async () => {
    const { dataDir, backupName } = await damagedDataDir()
    const elsewhere = join(dataDir, '..', 'usb-stick')
    mkdirSync(elsewhere)
    copyFileSync(join(dataDir, 'backups', backupName), join(elsewhere, 'monday.sqlite3'))
    writeFileSync(
      join(dataDir, 'safety-settings.json'),
      JSON.stringify({ backupFolder: elsewhere }),
    )
    const host = hosts.open(dataDir)
    const listing = expectOk(await hostClient(host).recovery.listBackups({}))
    expect(listing).toMatchObject({ folder: elsewhere, backups: [{ name: 'monday.sqlite3' }] })
  })

  it('does not offer a restore over a database from a newer version', async () => {
    const dataDir = hosts.dataDir()
    hosts.open(dataDir).close()
    const raw = openDataDirDatabase(dataDir)
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`)
    raw.close()
    const host = hosts.open(dataDir)
    const screen = hostClient(host)
    expect(expectOk(await screen.auth.status({}))).toEqual({
      state: 'database_unavailable',
      reason: 'too_new',
    })
    expect(await screen.recovery.restore({ name: 'any.sqlite3', confirm: true })).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    })
    expect(readdirSync(dataDir).filter((name) => name.startsWith(DB))).toEqual([DB])
  })
})
