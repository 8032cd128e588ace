import { describe, expect, it } from 'vitest'
import { databaseFile } from '../../../src/main/dataDir'
import { isPlaintextDatabase } from '../../../src/main/db/keyedDatabase'
import type { StartupProgress } from '../../../src/main/db/startupProgress'
import { oneTimeWorkPending } from '../../../src/main/host/oneTimeWorkPending'
import { prepareInWorker } from '../../../src/main/host/prepareInWorker'
import type { LogDetails } from '../../../src/main/log'
import { loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { useTempDir } from '../support/tempDataDir'
import { expectRisingToTotal, oldDataFolder, reportsOf } from './startupSupport'

const tempDir = useTempDir()

describe('the one-time work in a worker thread (the desktop shell’s start)', () => {
  it('does the work off the calling thread, relaying its progress and its log entries', async () => {
    const dataDir = oldDataFolder(tempDir(), { auditEntries: 12_000, copies: 1 })
    const keys = loadOrCreateKeyFile(dataDir)
    const file = databaseFile(dataDir)
    expect(oneTimeWorkPending({ file, key: keys.database })).toBe(true)

    const reports: StartupProgress[] = []
    const logged: { event: string; details?: LogDetails }[] = []
    let ticks = 0
    // The calling thread stays free: a timer keeps firing while the worker works.
    const timer = setInterval(() => (ticks += 1), 1)
    await prepareInWorker({
      dataDir,
      keys,
      shell: 'desktop',
      log: {
        info: (event, details) => logged.push({ event, ...(details ? { details } : {}) }),
        error: (event) => logged.push({ event }),
      },
      onProgress: (report) => reports.push(report),
    })
    clearInterval(timer)

    expectRisingToTotal(reportsOf(reports, 'encrypt-database'))
    expectRisingToTotal(reportsOf(reports, 'audit-handover'))
    expectRisingToTotal(reportsOf(reports, 'encrypt-copies'))
    expect(logged).toContainEqual({
      event: 'storage.plaintext_copies_encrypted',
      details: { encrypted: 1, failed: 0 },
    })
    expect(ticks).toBeGreaterThan(0)
    // Done, and the folder's lock given back: the shell's own open finds nothing left to do.
    expect(isPlaintextDatabase(file)).toBe(false)
    expect(oneTimeWorkPending({ file, key: keys.database })).toBe(false)
  }, 60_000)

  it('finds nothing to do in a folder without a database', () => {
    const dataDir = tempDir()
    const keys = loadOrCreateKeyFile(dataDir)
    expect(oneTimeWorkPending({ file: databaseFile(dataDir), key: keys.database })).toBe(false)
  })
})
