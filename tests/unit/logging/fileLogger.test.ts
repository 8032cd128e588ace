import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import { describeError } from '../../../src/main/log'
import { createFileLogger, logsFolder } from '../../../src/main/logging/fileLogger'
import { formatLogLine } from '../../../src/main/logging/logLine'
import { fakePatient } from '../support/patientFixtures'
import { signedInClient } from '../support/signedInClient'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

/** A name that must never reach a log, split over two lines as a careless message might be. */
const GIVEN = 'Zoë'
const FAMILY = 'Ærøskøbing'

function modeOf(path: string): number {
  return statSync(path).mode & 0o777
}

describe('the log file', () => {
  it('holds the reference of an internal error, and not the patient name in its message', async () => {
    const dataDir = join(tempDir(), 'data')
    const log = createFileLogger({ dataDir })
    const core = openCore({ dataDir, log })
    try {
      // A failure whose message echoes what was typed (as SQLite's do), over two lines.
      core.db.exec(`CREATE TEMP TRIGGER fail_on_save BEFORE INSERT ON patients BEGIN
        SELECT RAISE(ABORT, 'cannot save ' || NEW.given_name || char(10) || NEW.family_name);
      END`)
      const result = await signedInClient(core, 'front_desk').patients.create(
        fakePatient({ givenName: GIVEN, familyName: FAMILY }),
      )
      if (result.ok || result.error.kind !== 'internal')
        throw new Error('expected an internal error')
      await log.close()

      const text = readFileSync(log.file, 'utf8')
      expect(text).toContain(`ref=${result.error.ref}`)
      expect(text).toMatch(/ERROR dispatch\.internal channel=patients\.create ref=/)
      expect(text).not.toContain(GIVEN)
      expect(text).not.toContain(FAMILY)
    } finally {
      core.close()
    }
  })

  it('lives in <dataDir>/logs, a 0700 folder of 0600 files', async () => {
    const dataDir = join(tempDir(), 'data')
    const log = createFileLogger({ dataDir })
    log.info('app.started', { shell: 'browser' })
    await log.close()
    expect(log.file).toBe(join(logsFolder(dataDir), 'clinic-intake.log'))
    expect(modeOf(logsFolder(dataDir))).toBe(0o700)
    expect(modeOf(log.file)).toBe(0o600)
  })

  it('rotates by size and keeps only a handful of older files, all 0600', async () => {
    const dataDir = join(tempDir(), 'data')
    const log = createFileLogger({ dataDir, rotation: { maxFileSize: '1K', keep: 2 } })
    for (let count = 0; count < 100; count += 1) {
      log.info('backup.finished', { count, milliseconds: 1234 })
      // Rotation is checked as the stream writes; let it write between entries.
      await new Promise((resolve) => setImmediate(resolve))
    }
    await log.close()
    const files = readdirSync(logsFolder(dataDir)).filter((name) => name.endsWith('.log'))
    expect(files.sort()).toEqual([
      'clinic-intake.1.log',
      'clinic-intake.2.log',
      'clinic-intake.log',
    ])
    for (const name of files) expect(modeOf(join(logsFolder(dataDir), name))).toBe(0o600)
  })
})

describe('a log line', () => {
  it('reads as time, level, event and details, one entry per line', () => {
    const line = formatLogLine(new Date('2026-11-30T10:15:02.417Z'), 'info', 'backup.finished', {
      milliseconds: 812,
      ok: true,
      folder: 'D:\\Clinic backups',
    })
    expect(line).toBe(
      '2026-11-30T10:15:02.417Z INFO  backup.finished milliseconds=812 ok=true folder="D:\\\\Clinic backups"\n',
    )
  })

  it('cannot be split into forged lines by a value with a line break', () => {
    const line = formatLogLine(new Date(0), 'info', 'x', { note: 'a\n2026-01-01 ERROR forged' })
    expect(line.trimEnd().split('\n')).toHaveLength(1)
  })

  it('shows an error by its class and code locations only', () => {
    const error = new TypeError(`cannot save ${GIVEN}\n${FAMILY}`)
    const line = formatLogLine(new Date(0), 'error', 'dispatch.internal', { ref: 'abc123' }, error)
    expect(line).toContain('    error: TypeError\n    at ')
    expect(line).not.toContain(GIVEN)
    expect(line).not.toContain(FAMILY)
  })
})

describe('describeError', () => {
  it('keeps no line of a message that spans lines', () => {
    const described = describeError(new Error(`cannot save ${GIVEN}\n${FAMILY}\nagain`))
    expect(described).not.toContain(FAMILY)
    expect(described).not.toContain('again')
    expect(described.split('\n')[0]).toBe('Error')
    expect(described.split('\n')[1]).toMatch(/^at /)
  })
})
