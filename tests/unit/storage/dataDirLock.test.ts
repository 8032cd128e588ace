import { spawnSync } from 'node:child_process'
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

  it('does not let a holder that stopped refreshing its lock block the folder for good', () => {
    const dataDir = join(tempDir(), 'data')
    // A holder still running (this process: alive for sure) whose lock is no longer refreshed.
    mkdirSync(join(dataDir, 'data-folder.lock'), { recursive: true })
    writeFileSync(
      join(dataDir, 'data-folder.lock.json'),
      JSON.stringify({ program: 'desktop', pid: process.pid, since: new Date().toISOString() }),
    )
    expect(() => acquireDataDirLock(dataDir, 'cli')).toThrow(DataFolderInUseError)
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 5_000)
    utimesSync(join(dataDir, 'data-folder.lock'), longAgo, longAgo)
    expect(dataDirHolder(dataDir)).toBeNull()
    const lock = acquireDataDirLock(dataDir, 'cli')
    expect(dataDirHolder(dataDir)).toMatchObject({ program: 'cli', pid: process.pid })
    lock.release()
  })

  it('takes over at once from a holder that was killed with -9', () => {
    const dataDir = join(tempDir(), 'data')
    // What a server killed with -9 leaves: its lock and its name, its process gone. Its service
    // manager restarts it at once; the folder must not stay refused for the stale time.
    const gone = spawnSync(process.execPath, ['-e', '']).pid
    mkdirSync(join(dataDir, 'data-folder.lock'), { recursive: true })
    writeFileSync(
      join(dataDir, 'data-folder.lock.json'),
      JSON.stringify({ program: 'server', pid: gone, since: new Date().toISOString() }),
    )
    expect(dataDirHolder(dataDir)).toBeNull()
    const lock = acquireDataDirLock(dataDir, 'server')
    expect(dataDirHolder(dataDir)).toMatchObject({ program: 'server', pid: process.pid })
    lock.release()
  })
})
