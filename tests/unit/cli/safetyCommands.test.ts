import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../../../src/main/auth/passwordHash'
import { loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { openDataDirDatabase, openWithKeys } from '../../support/keyedFiles'
import { useTempDir } from '../support/tempDataDir'
import { tamper } from '../audit/auditSupport'
import { addCliniciansThroughCli, runCli } from './runCli'

// Each of these starts the CLI several times (tsx, then the database): slow on a busy machine.
const CLI_TEST_TIMEOUT_MS = 120_000
const tempDir = useTempDir()

function openData(dataDir: string) {
  return openDataDirDatabase(dataDir)
}

describe('the safety commands of the CLI', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('adds a user with the password from standard input, never from the command line', async () => {
    const dataDir = join(tempDir(), 'data')
    const added = runCli(
      [
        'add-user',
        '--data-dir',
        dataDir,
        '--username',
        'Reception2',
        '--role',
        'front_desk',
        '--display-name',
        'Second Desk',
      ],
      'piped-password-123\n',
    )
    expect(added).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Added reception2 (front_desk)'),
    })
    const db = openData(dataDir)
    const row = db
      .prepare('SELECT username, display_name, role, password_hash FROM users')
      .get() as {
      password_hash: string
    }
    expect(row).toMatchObject({
      username: 'reception2',
      display_name: 'Second Desk',
      role: 'front_desk',
    })
    expect(await verifyPassword('piped-password-123', row.password_hash)).toBe(true)
    // Through the one door: recorded as the Users screen's users.create is, by the console.
    expect(
      db
        .prepare(
          "SELECT shell, action, channel, entity_type FROM audit_log WHERE action = 'create'",
        )
        .all(),
    ).toEqual([{ shell: 'cli', action: 'create', channel: 'users.create', entity_type: 'user' }])
    db.close()

    const onCommandLine = runCli([
      'add-user',
      '--data-dir',
      dataDir,
      '--username',
      'x',
      '--password',
      'secret-secret',
    ])
    expect(onCommandLine.code).toBe(2)
    const tooShort = runCli(
      [
        'add-user',
        '--data-dir',
        dataDir,
        '--username',
        'doc',
        '--role',
        'clinician',
        '--display-name',
        'Doc',
      ],
      'short\n',
    )
    expect(tooShort).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('at least 10 characters'),
    })
    const badRole = runCli(
      [
        'add-user',
        '--data-dir',
        dataDir,
        '--username',
        'doc',
        '--role',
        'superuser',
        '--display-name',
        'Doc',
      ],
      'long-enough-password\n',
    )
    expect(badRole.code).toBe(2)
  })

  it('verifies the audit trail and names the first bad entry when it was tampered with', () => {
    const dataDir = join(tempDir(), 'data')
    addCliniciansThroughCli(dataDir, ['first-user', 'second-user', 'third-user'])
    expect(runCli(['verify-audit', '--data-dir', dataDir])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('intact: 3 entries'),
    })
    const db = openData(dataDir)
    tamper(db, 'UPDATE audit_log SET entity_id = 99 WHERE id = 2')
    db.close()
    expect(runCli(['verify-audit', '--data-dir', dataDir])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('entry #2 was changed'),
    })
  })

  it('backs up and restores through the command line, refusing a damaged file', () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    runCli(
      [
        'add-user',
        '--data-dir',
        dataDir,
        '--username',
        'before',
        '--role',
        'admin',
        '--display-name',
        'Before',
      ],
      'long-enough-password\n',
    )
    const backup = join(dir, 'backup.sqlite3')
    expect(runCli(['backup', '--data-dir', dataDir, '--to', backup]).code).toBe(0)
    expect(runCli(['backup', '--data-dir', dataDir, '--to', backup])).toMatchObject({ code: 1 })
    runCli(
      [
        'add-user',
        '--data-dir',
        dataDir,
        '--username',
        'after',
        '--role',
        'admin',
        '--display-name',
        'After',
      ],
      'long-enough-password\n',
    )

    const garbage = join(dir, 'garbage.sqlite3')
    writeFileSync(garbage, Buffer.alloc(8192, 1))
    expect(runCli(['restore', '--data-dir', dataDir, '--from', garbage])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Nothing was changed'),
    })
    expect(
      runCli(['restore', '--data-dir', dataDir, '--from', join(dir, 'missing.sqlite3')]).code,
    ).toBe(1)

    const restored = runCli(['restore', '--data-dir', dataDir, '--from', backup])
    expect(restored).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('kept as clinic-intake.sqlite3.replaced-'),
    })
    const db = openData(dataDir)
    expect(db.prepare('SELECT username FROM users').pluck().all()).toEqual(['before'])
    db.close()
    const aside = readdirSync(dataDir).find((name) => name.includes('.replaced-')) as string
    const old = openWithKeys(join(dataDir, aside), loadOrCreateKeyFile(dataDir), {
      readonly: true,
    })
    expect(old.prepare('SELECT username FROM users ORDER BY id').pluck().all()).toEqual([
      'before',
      'after',
    ])
    old.close()
    expect(existsSync(join(dataDir, 'clinic-intake.sqlite3.restoring'))).toBe(false)
    expect(runCli(['verify-audit', '--data-dir', dataDir]).code).toBe(0)
  })
})
