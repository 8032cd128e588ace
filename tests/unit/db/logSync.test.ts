// The write-ahead log's sync off the event loop: it follows the file its name points at.
import { readdirSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createLogSync } from '../../../src/main/db/logSync'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

/** What this process holds open, by path (Linux). */
function openFiles(): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)]
    } catch {
      return []
    }
  })
}

describe('log sync', () => {
  it('syncs the log, and treats a missing log as nothing to sync', async () => {
    const file = join(tempDir(), 'db.sqlite3-wal')
    const log = createLogSync(file)
    await expect(log.sync()).resolves.toBeUndefined()
    writeFileSync(file, 'frames')
    await expect(log.sync()).resolves.toBeUndefined()
    rmSync(file)
    await expect(log.sync()).resolves.toBeUndefined()
    log.close()
  })

  it('follows the name to a new file (a restore swapped the database in)', async () => {
    const dir = tempDir()
    const file = join(dir, 'db.sqlite3-wal')
    writeFileSync(file, 'old frames')
    const log = createLogSync(file)
    await log.sync()
    writeFileSync(join(dir, 'new'), 'new frames')
    renameSync(join(dir, 'new'), file)
    await log.sync()
    // The old log is let go (a file held open can block its name on Windows); the new one is held.
    expect(openFiles()).not.toContain(`${file} (deleted)`)
    expect(openFiles()).toContain(file)
    log.close()
  })
})
