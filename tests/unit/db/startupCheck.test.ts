import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import { databaseFile } from '../../../src/main/dataDir'
import { scheduleBackgroundQuickCheck } from '../../../src/main/db/backgroundQuickCheck'
import {
  closeDatabase,
  DatabaseDamagedError,
  fullCheckRanAtOpen,
  openDatabase,
  runningMarkerOf,
} from '../../../src/main/db/openDatabase'
import { silentLogger } from '../../../src/main/log'
import type { Logger } from '../../../src/main/log'
import { testKeys } from '../../support/keyedFiles'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

/**
 * A database with enough rows that its middle page is a data page open does not read (the
 * schema's own pages, read at open, come first and grow with every migration).
 */
function filledDatabase(keys = testKeys()) {
  const file = databaseFile(tempDir())
  const db = openDatabase({ keys, file })
  const insert = db.prepare(
    `INSERT INTO patients (given_name, family_name, date_of_birth, sex, created_at, updated_at)
     VALUES ('Testy', ?, '1975-06-15', 'female', 'x', 'x')`,
  )
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) insert.run(`Example${i}`)
  })()
  return { keys, file, db }
}

/** A bit flipped in a data page in the middle of the file: SQLCipher's HMAC will refuse it. */
function flipMiddleByte(file: string): void {
  const bytes = readFileSync(file)
  const middle = Math.floor(bytes.length / 2)
  bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle)
  writeFileSync(file, bytes)
}

function recordingLog(): Logger & { events: string[] } {
  const events: string[] = []
  return {
    events,
    info: (event) => events.push(event),
    error: (event) => events.push(event),
  }
}

describe('the check at start', () => {
  it('after a clean close: opens without a blocking check, and quick_check runs on a worker', async () => {
    const { keys, file, db } = filledDatabase()
    closeDatabase(db)
    expect(existsSync(runningMarkerOf(file))).toBe(false)
    flipMiddleByte(file)

    // A blocking check (the old quick_check at open) would refuse this file here.
    const reopened = openDatabase({ keys, file })
    expect(fullCheckRanAtOpen(reopened)).toBe(false)

    const log = recordingLog()
    let damaged = 0
    const check = scheduleBackgroundQuickCheck({
      db: reopened,
      key: keys.database,
      log,
      delayMs: 0,
      onDamaged: () => (damaged += 1),
    })
    expect(await check.done).toBe('damaged')
    expect(damaged).toBe(1)
    expect(log.events).toContain('database.quick_check_failed')
    // The damage found is not forgotten at close: the next start runs the full check, which
    // refuses the file (the recovery screen), and never replaces it.
    closeDatabase(reopened)
    expect(existsSync(runningMarkerOf(file))).toBe(true)
    expect(() => openDatabase({ keys, file })).toThrow(DatabaseDamagedError)
    expect(existsSync(file)).toBe(true)
  })

  it('after an unclean shutdown (the marker left behind): runs the full integrity_check at open', () => {
    const { keys, file, db } = filledDatabase()
    db.close() // as a crash would: the connection ends, the marker stays
    expect(existsSync(runningMarkerOf(file))).toBe(true)
    const reopened = openDatabase({ keys, file })
    expect(fullCheckRanAtOpen(reopened)).toBe(true)
    closeDatabase(reopened)
    expect(existsSync(runningMarkerOf(file))).toBe(false)

    const again = openDatabase({ keys, file })
    expect(fullCheckRanAtOpen(again)).toBe(false)
    again.close()
    flipMiddleByte(file)
    expect(() => openDatabase({ keys, file })).toThrow(DatabaseDamagedError)
  })

  it('runs the full check on demand', () => {
    const { keys, file, db } = filledDatabase()
    closeDatabase(db)
    const reopened = openDatabase({ keys, file, integrityCheck: 'full' })
    expect(fullCheckRanAtOpen(reopened)).toBe(true)
    closeDatabase(reopened)
  })

  it('a clean core reports damage found in the background to its host', async () => {
    const keys = testKeys()
    const dataDir = join(tempDir(), 'data')
    const first = openCore({ dataDir, keys, log: silentLogger })
    const insert = first.db.prepare(
      `INSERT INTO patients (given_name, family_name, date_of_birth, sex, created_at, updated_at)
       VALUES ('Testy', ?, '1975-06-15', 'female', 'x', 'x')`,
    )
    first.db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`Example${i}`)
    })()
    first.close()
    flipMiddleByte(databaseFile(dataDir))

    const log = recordingLog()
    const found = new Promise<void>((resolve) => {
      const core = openCore({
        dataDir,
        keys,
        log,
        quickCheckDelayMs: 0,
        onDatabaseDamaged: () => {
          core.close()
          resolve()
        },
      })
    })
    await found
    expect(log.events).toContain('database.quick_check_failed')
  })
})
