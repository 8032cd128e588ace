import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { legacyEntryHash } from '../../../src/main/audit/auditChain'
import { toFields } from '../../../src/main/audit/auditRows'
import type { AuditRow } from '../../../src/main/audit/auditRows'
import { databaseFile } from '../../../src/main/dataDir'
import { migrate } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations/index'
import type { StartupProgress, StartupTask } from '../../../src/main/db/startupProgress'

export const GENESIS = '0'.repeat(64)

/**
 * A data folder as a version before encryption left it: a plaintext database at `version` with
 * a patient and `auditEntries` entries of the unkeyed audit chain (no seals), plus the app's
 * own plaintext copies of it in the data folder.
 */
export function oldDataFolder(
  root: string,
  options: { version?: number; auditEntries?: number; copies?: number } = {},
): string {
  const dataDir = join(root, 'data')
  mkdirSync(dataDir, { recursive: true })
  const db = new BetterSqlite3(databaseFile(dataDir))
  db.pragma('journal_mode = WAL')
  const version = options.version ?? Math.max(...MIGRATIONS.map((m) => m.version))
  migrate(
    db,
    MIGRATIONS.filter((migration) => migration.version <= version),
  )
  db.prepare(
    `INSERT INTO patients (given_name, family_name, date_of_birth, sex, created_at, updated_at)
     VALUES ('Zebulon', 'Quartermaine', '1950-01-01', 'male', 'x', 'x')`,
  ).run()
  writeUnkeyedTrail(db, options.auditEntries ?? 0)
  for (let i = 0; i < (options.copies ?? 0); i += 1) {
    const name = `clinic-intake.sqlite3.before-v${version}-2026-01-0${i + 1}T10-00-00-000Z.bak`
    db.prepare('VACUUM INTO ?').run(join(dataDir, name))
  }
  db.close()
  return dataDir
}

/** `count` entries of an older version's unkeyed (plain SHA-256) chain. */
function writeUnkeyedTrail(db: BetterSqlite3.Database, count: number): void {
  const insert = db.prepare<[AuditRow]>(`
    INSERT INTO audit_log (id, at, user_id, username, shell, action, channel, entity_type,
      entity_id, patient_id, outcome, detail, prev_hash, hash)
    VALUES (@id, @at, @user_id, @username, @shell, @action, @channel, @entity_type,
      @entity_id, @patient_id, @outcome, @detail, @prev_hash, @hash)`)
  db.transaction(() => {
    let previous = GENESIS
    for (let id = 1; id <= count; id += 1) {
      const row: AuditRow = {
        id,
        at: '2026-01-01T10:00:00.000Z',
        user_id: null,
        username: null,
        shell: 'cli',
        action: 'backup',
        channel: null,
        entity_type: null,
        entity_id: null,
        patient_id: null,
        outcome: 'ok',
        detail: null,
        prev_hash: previous,
        hash: '',
      }
      row.hash = legacyEntryHash(previous, toFields(row))
      insert.run(row)
      previous = row.hash
    }
  })()
}

/** The reports of one task, in order. */
export function reportsOf(
  reports: readonly StartupProgress[],
  task: StartupTask,
): StartupProgress[] {
  return reports.filter((report) => report.task === task)
}

/** 0 first, never going back, `total` last, one total throughout. */
export function expectRisingToTotal(reports: readonly StartupProgress[]): void {
  if (reports.length < 2) throw new Error(`expected at least two reports, got ${reports.length}`)
  const total = reports[0]?.total ?? 0
  const dones = reports.map((report) => report.done)
  const sorted = [...dones].sort((a, b) => a - b)
  if (dones[0] !== 0) throw new Error(`expected the first report at 0, got ${dones[0]}`)
  if (dones.at(-1) !== total) throw new Error(`expected the last report at ${total}`)
  if (dones.join() !== sorted.join()) throw new Error(`done went back: ${dones.join()}`)
  if (reports.some((report) => report.total !== total)) throw new Error('the total changed')
}
