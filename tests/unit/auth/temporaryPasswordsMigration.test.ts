// m016: each account remembers the last temporary password an administrator gave it. An account
// still waiting for its first change holds one already, so it is remembered from the upgrade on.
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { m016TemporaryPasswords } from '../../../src/main/db/migrations/m016TemporaryPasswords'
import { databaseBefore } from '../support/databaseBefore'

const AT = '2026-03-02T09:00:00.000Z'
const WAITING_HASH = 'scrypt$32768$8$1$c2FsdA==$d2FpdGluZw=='
const OWN_HASH = 'scrypt$32768$8$1$c2FsdA==$b3du'

function databaseBefore16() {
  const db = databaseBefore(16, AT)
  const add = db.prepare(
    `INSERT INTO users (username, display_name, role, password_hash, must_change_password,
       password_changed_at, created_at, updated_at) VALUES (?, ?, 'front_desk', ?, ?, ?, ?, ?)`,
  )
  add.run('waiting', 'Waiting', WAITING_HASH, 1, AT, AT, AT)
  add.run('settled', 'Settled', OWN_HASH, 0, AT, AT, AT)
  return db
}

describe('migration 16: temporary passwords remembered', () => {
  it('adds the column at version 16, keeping every account and record', () => {
    const db = databaseBefore16()
    expect(migrate(db, [m016TemporaryPasswords])).toEqual([16])
    expect(schemaVersion(db)).toBe(16)
    expect(
      db
        .prepare(
          'SELECT username, password_hash, must_change_password, temporary_password_hash FROM users ORDER BY username',
        )
        .all(),
    ).toEqual([
      {
        username: 'settled',
        password_hash: OWN_HASH,
        must_change_password: 0,
        // Which of its past passwords an administrator chose can no longer be told.
        temporary_password_hash: null,
      },
      {
        username: 'waiting',
        password_hash: WAITING_HASH,
        must_change_password: 1,
        temporary_password_hash: WAITING_HASH,
      },
    ])
    expect(db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(1)
  })

  it('keeps the users table STRICT', () => {
    const db = databaseBefore16()
    migrate(db, [m016TemporaryPasswords])
    expect(
      db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'users'").pluck().get(),
    ).toBe(1)
    expect(() =>
      db
        .prepare("UPDATE users SET temporary_password_hash = x'00' WHERE username = 'settled'")
        .run(),
    ).toThrow(/cannot store BLOB value in TEXT column/)
  })
})
