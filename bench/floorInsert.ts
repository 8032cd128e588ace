import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { timeEach } from './support/stats'
import type { Timings } from './support/stats'

/**
 * The floor for a write: one bare single-row INSERT committed on its own, on a file with the
 * app's settings (WAL, synchronous FULL). No product code can commit faster on this disk.
 * `runs` commits after 50 untimed ones.
 */
export async function measureBareInsert(runs = 2000, parentDir = tmpdir()): Promise<Timings> {
  // Beside the database being measured when given, so both sit on the same disk.
  const dir = mkdtempSync(join(parentDir, 'clinic-bench-floor-'))
  const db = new BetterSqlite3(join(dir, 'floor.sqlite3'))
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT')
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)')
    const body = 'x'.repeat(2000) // about the size of a stored intake
    return await timeEach(runs, () => insert.run(body))
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
