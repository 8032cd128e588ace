import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { databaseFile } from '../../../src/main/dataDir'
import { KEY_FILE_NAME } from '../../../src/main/storage/keyKeepers'
import { setUpPassphrase, unlockWithPassphrase } from '../../../src/main/storage/passphraseKeys'
import { openWithKeys } from '../../support/keyedFiles'
import { useTempDir } from '../support/tempDataDir'
import { runCli } from './runCli'

// Each step starts the CLI (tsx, scrypt, the database): slow on a busy machine.
const CLI_TEST_TIMEOUT_MS = 180_000
const PASSPHRASE = 'kestrel quarry lantern 42'
const tempDir = useTempDir()

const ADD_DESK = [
  'add-user',
  '--username',
  'desk2',
  '--role',
  'front_desk',
  '--display-name',
  'Second Desk',
]

describe(
  'the CLI on a data folder protected by a passphrase',
  { timeout: CLI_TEST_TIMEOUT_MS },
  () => {
    it('opens it only with --passphrase (piped: passphrase first, then the password)', () => {
      const dataDir = join(tempDir(), 'data')
      setUpPassphrase(dataDir, PASSPHRASE)

      // add-user reads two piped lines: the passphrase, then the new account's password.
      const added = runCli(
        [...ADD_DESK, '--data-dir', dataDir, '--passphrase'],
        `${PASSPHRASE}\nplum-orchard-ladder-77\n`,
      )
      expect(added.stderr).toBe('')
      expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining('Added desk2') })
      const keys = unlockWithPassphrase(dataDir, PASSPHRASE)
      const db = openWithKeys(databaseFile(dataDir), keys, { readonly: true })
      expect(db.prepare('SELECT username FROM users').pluck().all()).toEqual(['desk2'])
      db.close()

      // Without --passphrase: a clear refusal, and no key file made beside the passphrase.
      const without = runCli(['verify-audit', '--data-dir', dataDir])
      expect(without.code).toBe(1)
      expect(without.stderr).toMatch(
        /protected by a passphrase\. Run the command again with --passphrase/,
      )
      expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(false)

      const wrong = runCli(
        ['verify-audit', '--data-dir', dataDir, '--passphrase'],
        'not it at all\n',
      )
      expect(wrong.code).toBe(1)
      expect(wrong.stderr).toMatch(/That passphrase does not unlock this data folder/)

      const verified = runCli(
        ['verify-audit', '--data-dir', dataDir, '--passphrase'],
        `${PASSPHRASE}\n`,
      )
      expect(verified).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/audit trail is intact/),
      })

      const seeded = runCli(
        ['seed-demo', '--patients', '2', '--data-dir', dataDir, '--passphrase'],
        `${PASSPHRASE}\n`,
      )
      expect(seeded.code).toBe(0)

      // Piped input that ends before the password: said plainly, nothing added.
      const short = runCli(
        [
          ...ADD_DESK.map((arg) => (arg === 'desk2' ? 'desk3' : arg)),
          '--data-dir',
          dataDir,
          '--passphrase',
        ],
        `${PASSPHRASE}\n`,
      )
      expect(short.code).toBe(1)
      expect(short.stderr).toMatch(/Standard input ended before the password/)
      const after = openWithKeys(databaseFile(dataDir), keys, { readonly: true })
      expect(after.prepare('SELECT username FROM users').pluck().all()).toEqual(['desk2'])
      expect(after.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(2)
      after.close()
    })

    it('refuses --passphrase for a folder whose key is in its key file, changing nothing', () => {
      const dataDir = join(tempDir(), 'data')
      const added = runCli([...ADD_DESK, '--data-dir', dataDir], 'plum-orchard-ladder-77\n')
      expect(added.code).toBe(0)
      const refused = runCli(['verify-audit', '--data-dir', dataDir, '--passphrase'], 'anything\n')
      expect(refused.code).toBe(1)
      expect(refused.stderr).toMatch(/not protected by a passphrase/)
      expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(true)
    })
  },
)
