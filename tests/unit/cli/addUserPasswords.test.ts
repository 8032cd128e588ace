// add-user is run by whoever installs the server, usually not the person whose account it makes:
// its password is a temporary one, replaced at the first sign-in, like one an administrator sets.
// `--own-password` keeps it, and only for the first administrator of a new data folder.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDataDirDatabase } from '../../support/keyedFiles'
import { useTempDir } from '../support/tempDataDir'
import { runCli } from './runCli'

// Each step starts the CLI (tsx, scrypt, the database): slow on a busy machine.
const CLI_TEST_TIMEOUT_MS = 180_000
const tempDir = useTempDir()

const addUser = (dataDir: string, username: string, role: string, ...more: string[]) =>
  runCli(
    [
      'add-user',
      '--data-dir',
      dataDir,
      '--username',
      username,
      '--role',
      role,
      '--display-name',
      `Staff ${username}`,
      ...more,
    ],
    'orchard-lantern-5523\n',
  )

function mustChange(dataDir: string): Record<string, number> {
  const db = openDataDirDatabase(dataDir)
  const rows = db.prepare('SELECT username, must_change_password FROM users').all() as {
    username: string
    must_change_password: number
  }[]
  db.close()
  return Object.fromEntries(rows.map((row) => [row.username, row.must_change_password]))
}

describe('add-user and the first sign-in', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('keeps the password only for the first administrator, with --own-password', () => {
    const dataDir = join(tempDir(), 'data')
    // Refused before anything is asked for or created: it is never for other roles.
    const notAdmin = addUser(dataDir, 'desk', 'front_desk', '--own-password')
    expect(notAdmin.code).toBe(2)
    expect(notAdmin.stderr).toContain('--own-password is only for the first administrator')

    const first = addUser(dataDir, 'boss', 'admin', '--own-password')
    expect(first).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('with the password they typed as their own'),
    })

    const second = addUser(dataDir, 'deputy', 'admin', '--own-password')
    expect(second.code).toBe(2)
    expect(second.stderr).toContain('The data folder already has an account')

    const staff = addUser(dataDir, 'desk', 'front_desk')
    expect(staff).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('they must choose their own when they first sign in'),
    })
    expect(mustChange(dataDir)).toEqual({ boss: 0, desk: 1 })
  })

  it('gives even a first administrator a temporary password without the flag', () => {
    const dataDir = join(tempDir(), 'data')
    expect(addUser(dataDir, 'admin', 'admin').code).toBe(0)
    expect(mustChange(dataDir)).toEqual({ admin: 1 })
  })
})
