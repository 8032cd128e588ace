import { mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  acquireDataDirLock,
  DataFolderInUseError,
  dataDirHolder,
  STALE_AFTER_MS,
} from '../../../src/main/storage/dataDirLock'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

describe('the data folder lock', () => {
  it('lets one program hold the folder and names it to the next', () => {
    const dataDir = join(tempDir(), 'data')
    const lock = acquireDataDirLock(dataDir, 'browser', {
      now: () => new Date(2026, 10, 26, 10, 2),
    })
    expect(dataDirHolder(dataDir)).toMatchObject({ program: 'browser', pid: process.pid })
    let refusal: unknown
    try {
      acquireDataDirLock(dataDir, 'cli')
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(DataFolderInUseError)
    expect((refusal as Error).message).toMatch(
      new RegExp(
        `^The browser shell \\(process ${process.pid}, since (2026-11-26 )?10:02\\) is using this data folder; stop it first\\.$`,
      ),
    )
    lock.release()
    expect(dataDirHolder(dataDir)).toBeNull()
    acquireDataDirLock(dataDir, 'cli').release()
  })

  it('does not let a crashed holder block the folder for good', () => {
    const dataDir = join(tempDir(), 'data')
    // What a holder killed with -9 leaves: its lock and its name, never refreshed again.
    mkdirSync(join(dataDir, 'data-folder.lock'), { recursive: true })
    writeFileSync(
      join(dataDir, 'data-folder.lock.json'),
      JSON.stringify({ program: 'desktop', pid: 999999, since: new Date().toISOString() }),
    )
    expect(() => acquireDataDirLock(dataDir, 'cli')).toThrow(DataFolderInUseError)
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 5_000)
    utimesSync(join(dataDir, 'data-folder.lock'), longAgo, longAgo)
    expect(dataDirHolder(dataDir)).toBeNull()
    const lock = acquireDataDirLock(dataDir, 'cli')
    expect(dataDirHolder(dataDir)).toMatchObject({ program: 'cli', pid: process.pid })
    lock.release()
  })
})
