// The red team's twelve ways to rewrite the trail, each done as someone with the database file
// and a SQLite shell would: they can drop the triggers, run any SQL and recompute plain SHA-256
// hashes, but they do not have the installation's audit key (it never enters the database).
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { GENESIS_HASH, legacyEntryHash } from '../../../src/main/audit/auditChain'
import { toFields } from '../../../src/main/audit/auditRows'
import type { AuditRow } from '../../../src/main/audit/auditRows'
import { checkpointFileOf } from '../../../src/main/audit/checkpointFile'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import type { AuditProblem } from '../../../src/shared/audit/auditEntry'
import { fakePatient } from '../support/patientFixtures'
import { signedInClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { tamper } from './auditSupport'

const openTestCore = useTestCore()
const reopened: Core[] = []
afterEach(() => {
  while (reopened.length) reopened.pop()?.close()
})

/** A few calls, so the trail has some ten entries to attack. */
async function busyTrail() {
  const { core, api } = openTestCore()
  const patient = expectOk(await api.patients.create(fakePatient({ recordNumber: 'MRN-T1' })))
  const { intake } = expectOk(await api.intakes.start({ patientId: patient.id }))
  for (let version = 1; version <= 3; version += 1) {
    expectOk(await api.intakes.saveDraft({ id: intake.id, version, step: 'history', values: {} }))
  }
  expectOk(await api.intakes.get({ id: intake.id }))
  expectOk(await api.patients.get({ id: patient.id }))
  expect((await api.users.list({})).ok).toBe(false)
  const admin = signedInClient(core, 'admin')
  expect(expectOk(await admin.audit.verify({}))).toEqual({ intact: true, entries: 8 })
  return { core, admin }
}

const rows = (db: Database) => db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[]
const newestId = (db: Database) =>
  db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number

/** What the attacker can do: recompute every hash from `fromId` on with plain SHA-256. */
function recomputeTail(db: Database, fromId: number): void {
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?')
  let previous = GENESIS_HASH
  for (const row of rows(db)) {
    if (row.id >= fromId) {
      const hash = legacyEntryHash(previous, toFields({ ...row }))
      update.run(previous, hash, row.id)
      previous = hash
    } else {
      previous = row.hash
    }
  }
}

function fixSequence(db: Database): void {
  db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_log'").run(newestId(db) ?? 0)
}

interface TamperCase {
  readonly name: string
  readonly act: (db: Database, checkpointFile: string) => void
  readonly problem: AuditProblem
}

const CASES: readonly TamperCase[] = [
  // Detected before the chain was keyed.
  {
    name: 'edit a field',
    act: (db) => tamper(db, "UPDATE audit_log SET username = 'someone-else' WHERE id = 3"),
    problem: 'edited',
  },
  {
    name: 'edit a row and fix its own hash',
    act: (db) => {
      tamper(db, "UPDATE audit_log SET outcome = 'ok' WHERE id = 7")
      const row = rows(db).find((r) => r.id === 7) as AuditRow
      db.prepare('UPDATE audit_log SET hash = ? WHERE id = 7').run(
        legacyEntryHash(row.prev_hash, toFields(row)),
      )
    },
    problem: 'edited',
  },
  {
    name: 'delete a middle row',
    act: (db) => tamper(db, 'DELETE FROM audit_log WHERE id = 4'),
    problem: 'missing',
  },
  {
    name: 'delete the newest row',
    act: (db) => tamper(db, 'DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)'),
    problem: 'missing',
  },
  {
    name: "point a row at another row's hash",
    act: (db) =>
      tamper(
        db,
        'UPDATE audit_log SET prev_hash = (SELECT hash FROM audit_log WHERE id = 1) WHERE id = 5',
      ),
    problem: 'missing',
  },
  // Missed by the unkeyed chain.
  {
    name: 'delete the newest rows and fix sqlite_sequence (and the checkpoint row)',
    act: (db) => {
      tamper(
        db,
        "DELETE FROM audit_log WHERE id > 5; DELETE FROM audit_seals WHERE kind = 'checkpoint'",
      )
      fixSequence(db)
    },
    problem: 'checkpoint_missing',
  },
  {
    name: 'wipe everything (entries, sequence, seals)',
    act: (db) =>
      tamper(
        db,
        "DELETE FROM audit_log; DELETE FROM sqlite_sequence WHERE name = 'audit_log'; DELETE FROM audit_seals",
      ),
    problem: 'missing',
  },
  {
    name: 'wipe everything and the checkpoint file',
    act: (db, file) => {
      tamper(
        db,
        "DELETE FROM audit_log; DELETE FROM sqlite_sequence WHERE name = 'audit_log'; DELETE FROM audit_seals",
      )
      rmSync(file)
    },
    problem: 'checkpoint_missing',
  },
  {
    name: 'edit a row and recompute the tail',
    act: (db) => {
      tamper(db, "UPDATE audit_log SET outcome = 'ok' WHERE id = 7")
      recomputeTail(db, 7)
    },
    problem: 'edited',
  },
  {
    name: 'delete a row, renumber the rest and recompute',
    act: (db) => {
      tamper(db, 'DELETE FROM audit_log WHERE id = 3')
      const later = rows(db).filter((row) => row.id > 3)
      for (const row of later)
        db.prepare('UPDATE audit_log SET id = ? WHERE id = ?').run(row.id - 1, row.id)
      fixSequence(db)
      recomputeTail(db, 3)
    },
    problem: 'edited',
  },
  {
    name: 'rewrite the whole chain',
    act: (db) => {
      tamper(db, "UPDATE audit_log SET username = 'nobody' WHERE username = 'test-front-desk'")
      recomputeTail(db, 1)
    },
    problem: 'edited',
  },
  {
    name: 'forge an appended row',
    act: (db) => {
      tamper(db, 'SELECT 1')
      const last = rows(db).at(-1) as AuditRow
      const forged = {
        ...last,
        id: last.id + 1,
        action: 'view',
        channel: 'patients.get',
        prev_hash: last.hash,
      }
      const hash = legacyEntryHash(last.hash, toFields(forged))
      db.prepare(
        `INSERT INTO audit_log VALUES (@id, @at, @user_id, @username, @shell, @action, @channel,
          @entity_type, @entity_id, @patient_id, @outcome, @detail, @prev_hash, @hash)`,
      ).run({ ...forged, hash })
    },
    problem: 'edited',
  },
  {
    name: 'swap two rows and recompute',
    act: (db) => {
      tamper(db, 'SELECT 1')
      const [second, third] = rows(db).slice(1, 3) as [AuditRow, AuditRow]
      const put = db.prepare(
        'UPDATE audit_log SET at = ?, action = ?, channel = ?, entity_type = ?, entity_id = ?, patient_id = ?, outcome = ? WHERE id = ?',
      )
      const content = (r: AuditRow) =>
        [r.at, r.action, r.channel, r.entity_type, r.entity_id, r.patient_id, r.outcome] as const
      put.run(...content(third), second.id)
      put.run(...content(second), third.id)
      recomputeTail(db, 2)
    },
    problem: 'edited',
  },
]

describe('the twelve tamper cases of the red team', () => {
  it.each(CASES)('detects: $name', async ({ act, problem }) => {
    const { core, admin } = await busyTrail()
    const dataDir = dirname(core.db.name)
    act(core.db, checkpointFileOf(core.db.name))

    // The admin screen's check and the trail's own, on the running app.
    expect(expectOk(await admin.audit.verify({}))).toMatchObject({ intact: false, problem })
    expect(core.audit.verify()).toMatchObject({ intact: false })

    // Restarted, and used again: new entries do not paper over what was done.
    core.close()
    const again = openCore({ dataDir, log: silentLogger })
    reopened.push(again)
    const staff = signedInClient(again, 'front_desk')
    expectOk(await staff.patients.search({ query: '' }))
    expectOk(await staff.patients.search({ query: '' }))
    expect(again.audit.verify()).toMatchObject({ intact: false })
    const reopenedAdmin = signedInClient(again, 'admin')
    expect(expectOk(await reopenedAdmin.audit.verify({}))).toMatchObject({ intact: false })
  })

  it('reports an untouched trail as intact, also after a restart', async () => {
    const { core } = await busyTrail()
    const dataDir = dirname(core.db.name)
    core.close()
    const again = openCore({ dataDir, log: silentLogger })
    reopened.push(again)
    const staff = signedInClient(again, 'front_desk')
    expectOk(await staff.patients.search({ query: '' }))
    expect(again.audit.verify()).toEqual({ intact: true, entries: 9 })
  })
})
