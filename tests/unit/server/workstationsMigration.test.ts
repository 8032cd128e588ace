// m011: the workstations and pairing codes tables arrive on an existing database unchanged.
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { databaseBefore } from '../support/databaseBefore'
import { m011Workstations } from '../../../src/main/db/migrations/m011Workstations'

const HASH_A = 'a'.repeat(64)
const HASH_B = 'b'.repeat(64)
const AT = '2026-03-02T09:00:00.000Z'

function databaseBefore11() {
  return databaseBefore(11, AT)
}

describe('migration 11: paired workstations', () => {
  it('adds STRICT workstations and pairing_codes tables at version 11, keeping what is there', () => {
    const db = databaseBefore11()
    expect(migrate(db, [m011Workstations])).toEqual([11])
    expect(schemaVersion(db)).toBe(11)
    const columns = (table: string) =>
      db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all()
    expect(columns('workstations')).toEqual([
      'id',
      'name',
      'credential_hash',
      'paired_at',
      'last_seen_at',
      'revoked_at',
      'revoked_by',
    ])
    expect(columns('pairing_codes')).toEqual([
      'id',
      'code_hash',
      'created_at',
      'created_by',
      'expires_at',
      'used_at',
      'workstation_id',
    ])
    const strict = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE name IN ('workstations', 'pairing_codes') ORDER BY name",
      )
      .all()
    expect(strict).toEqual([
      { name: 'pairing_codes', strict: 1 },
      { name: 'workstations', strict: 1 },
    ])
    expect(db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(1)
  })

  it('keeps one paired workstation per name, and only hashes of the right length', () => {
    const db = databaseBefore11()
    migrate(db, [m011Workstations])
    const add = db.prepare(
      'INSERT INTO workstations (name, credential_hash, paired_at) VALUES (?, ?, ?)',
    )
    add.run('Front desk', HASH_A, AT)
    expect(() => add.run('front DESK', HASH_B, AT)).toThrow(/UNIQUE/)
    expect(() => add.run('Room 3', 'short', AT)).toThrow(/CHECK/)
    expect(() => add.run('', HASH_B, AT)).toThrow(/CHECK/)
    // A revoked workstation's name can be given to a newly paired one.
    db.prepare("UPDATE workstations SET revoked_at = ? WHERE name = 'Front desk'").run(AT)
    add.run('Front desk', HASH_B, AT)
    expect(db.prepare('SELECT COUNT(*) FROM workstations').pluck().get()).toBe(2)
  })

  it('links a used code to a real workstation only', () => {
    const db = databaseBefore11()
    migrate(db, [m011Workstations])
    db.prepare(
      'INSERT INTO pairing_codes (code_hash, created_at, expires_at) VALUES (?, ?, ?)',
    ).run(HASH_A, AT, AT)
    expect(() =>
      db.prepare('UPDATE pairing_codes SET used_at = ?, workstation_id = 42').run(AT),
    ).toThrow(/FOREIGN KEY/)
  })
})
