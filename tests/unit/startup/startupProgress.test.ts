import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { databaseFile } from '../../../src/main/dataDir'
import { isPlaintextDatabase } from '../../../src/main/db/keyedDatabase'
import type { StartupProgress } from '../../../src/main/db/startupProgress'
import { silentLogger } from '../../../src/main/log'
import { useTempDir } from '../support/tempDataDir'
import { expectRisingToTotal, oldDataFolder, reportsOf } from './startupSupport'

const tempDir = useTempDir()
const opened: Core[] = []
afterEach(() => {
  while (opened.length) opened.pop()?.close()
})

function openRecording(dataDir: string): { core: Core; reports: StartupProgress[] } {
  const reports: StartupProgress[] = []
  const core = openCore({
    dataDir,
    log: silentLogger,
    quickCheckDelayMs: 60_000,
    onProgress: (report) => reports.push(report),
  })
  opened.push(core)
  return { core, reports }
}

describe('progress of the one-time work at the first start after an upgrade', () => {
  it('reports the encryption of a plaintext database rising step by step to its total', () => {
    const dataDir = oldDataFolder(tempDir())
    const { reports } = openRecording(dataDir)

    const encryption = reportsOf(reports, 'encrypt-database')
    expectRisingToTotal(encryption)
    // A report after each of its four steps, not only the start and the end.
    expect(encryption).toHaveLength(5)
    expect(isPlaintextDatabase(databaseFile(dataDir))).toBe(false)
  })

  it("reports the audit trail's hand-over entry by entry, every 10,000, up to the last id", () => {
    const dataDir = oldDataFolder(tempDir(), { auditEntries: 25_000 })
    const { core, reports } = openRecording(dataDir)

    const handover = reportsOf(reports, 'audit-handover')
    expectRisingToTotal(handover)
    expect(handover.map((report) => report.done)).toEqual([0, 10_000, 20_000, 25_000])
    expect(handover[0]?.total).toBe(25_000)
    expect(core.audit.verify()).toMatchObject({ intact: true, entries: 25_000 })
  })

  it("reports the app's older plaintext copies one by one", () => {
    const dataDir = oldDataFolder(tempDir(), { copies: 2 })
    const { reports } = openRecording(dataDir)

    expect(reportsOf(reports, 'encrypt-copies').map((r) => [r.done, r.total])).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ])
  })

  it('reports the migrations of an existing database (the copy first, then each migration)', () => {
    const dataDir = oldDataFolder(tempDir(), { version: 12 })
    const { reports } = openRecording(dataDir)

    const migrations = reportsOf(reports, 'migrate')
    expectRisingToTotal(migrations)
    const pending = (migrations[0]?.total ?? 0) - 1
    expect(pending).toBeGreaterThanOrEqual(3)
    expect(migrations).toHaveLength(pending + 2)
  })

  it('reports nothing on a new database, nor on a later start of an upgraded one', () => {
    const dataDir = join(tempDir(), 'new')
    const first = openRecording(dataDir)
    expect(first.reports).toEqual([])
    first.core.close()
    opened.pop()

    const upgraded = oldDataFolder(tempDir(), { auditEntries: 3, copies: 1 })
    openRecording(upgraded).core.close()
    opened.pop()
    expect(openRecording(upgraded).reports).toEqual([])
  })
})
