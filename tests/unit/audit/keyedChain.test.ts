import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { keyedEntryHash, legacyEntryHash } from '../../../src/main/audit/auditChain'
import { toFields } from '../../../src/main/audit/auditRows'
import type { AuditRow } from '../../../src/main/audit/auditRows'
import { checkpointFileOf, readCheckpointFile } from '../../../src/main/audit/checkpointFile'
import { verifyAuditChain } from '../../../src/main/audit/verifyAuditChain'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { fakePatient } from '../support/patientFixtures'
import { signedInClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { tamper } from './auditSupport'

const openTestCore = useTestCore()
const reopened: Core[] = []
afterEach(() => {
  while (reopened.length) reopened.pop()?.close()
})

const allRows = (core: Core) =>
  core.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[]

describe('the keyed chain', () => {
  it('hashes each entry with HMAC-SHA-256 under the audit key, which is not in the database', async () => {
    const { core, api } = openTestCore()
    expectOk(await api.patients.create(fakePatient()))
    const [row] = allRows(core) as [AuditRow]
    expect(row.hash).toBe(keyedEntryHash(core.keys.audit, row.prev_hash, toFields(row)))
    expect(row.hash).not.toBe(legacyEntryHash(row.prev_hash, toFields(row)))
    const stored = JSON.stringify(core.db.prepare('SELECT * FROM audit_seals').all())
    expect(stored).not.toContain(core.keys.audit.toString('hex'))
    // Another installation's key cannot vouch for this trail.
    expect(verifyAuditChain(core.db, Buffer.alloc(32, 7))).toMatchObject({ intact: false })
    expect(verifyAuditChain(core.db, core.keys.audit)).toEqual({ intact: true, entries: 1 })
  })

  it('keeps a signed checkpoint in the database and in a 0600 file beside it, after each call', async () => {
    const { core, api } = openTestCore()
    const file = checkpointFileOf(core.db.name)
    expectOk(await api.patients.create(fakePatient()))
    expectOk(await api.patients.search({ query: '' }))
    const newest = allRows(core).at(-1) as AuditRow
    expect(readCheckpointFile(file)).toMatchObject({ lastId: newest.id, lastHash: newest.hash })
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false)
    expect(
      core.db.prepare("SELECT last_id FROM audit_seals WHERE kind = 'checkpoint'").pluck().get(),
    ).toBe(newest.id)
  })

  it('reports a checkpoint file written by someone without the key', async () => {
    const { core, api } = openTestCore()
    expectOk(await api.patients.create(fakePatient()))
    const file = checkpointFileOf(core.db.name)
    // A later id, with a signature made up without the key.
    const forged = readFileSync(file, 'utf8')
      .replace(/"lastId":\d+/, '"lastId":1')
      .replace(/"signature":"[0-9a-f]{64}"/, `"signature":"${'ab'.repeat(32)}"`)
    writeFileSync(file, forged)
    const admin = signedInClient(core, 'admin')
    expect(expectOk(await admin.audit.verify({}))).toMatchObject({ intact: false })
  })

  it('takes over an unkeyed trail from an older version, keeping its old part verifiable', async () => {
    const { core, api } = openTestCore()
    for (let i = 0; i < 3; i += 1) {
      expectOk(await api.patients.create(fakePatient({ recordNumber: `MRN-OLD-${i}` })))
    }
    // What the previous version left: an unkeyed chain, no seals, no checkpoint file.
    tamper(core.db, 'DELETE FROM audit_seals')
    let previous = '0'.repeat(64)
    for (const row of allRows(core)) {
      const hash = legacyEntryHash(previous, toFields(row))
      core.db
        .prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?')
        .run(previous, hash, row.id)
      previous = hash
    }
    rmSync(checkpointFileOf(core.db.name))
    const dataDir = dirname(core.db.name)
    core.close()

    const upgraded = openCore({ dataDir, log: silentLogger })
    reopened.push(upgraded)
    expect(
      upgraded.db.prepare("SELECT last_id, problem FROM audit_seals WHERE kind = 'handover'").get(),
    ).toEqual({ last_id: 3, problem: null })
    const staff = signedInClient(upgraded, 'front_desk')
    expectOk(await staff.patients.create(fakePatient({ recordNumber: 'MRN-NEW' })))
    const newest = allRows(upgraded).at(-1) as AuditRow
    expect(newest.hash).toBe(
      keyedEntryHash(upgraded.keys.audit, newest.prev_hash, toFields(newest)),
    )
    expect(upgraded.audit.verify()).toEqual({ intact: true, entries: 4 })

    // The old part can no longer be rewritten either, even with its plain hashes recomputed.
    // (The triggers were dropped above, as that older trail was written.)
    upgraded.db.exec("UPDATE audit_log SET outcome = 'forbidden' WHERE id = 2")
    let prior = (allRows(upgraded)[0] as AuditRow).hash
    for (const row of allRows(upgraded).filter((r) => r.id >= 2 && r.id <= 3)) {
      const hash = legacyEntryHash(prior, toFields(row))
      upgraded.db
        .prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?')
        .run(prior, hash, row.id)
      prior = hash
    }
    expect(upgraded.audit.verify()).toMatchObject({ intact: false })
  })

  it('records at the hand-over an unkeyed trail that was already broken', async () => {
    const { core, api } = openTestCore()
    expectOk(await api.patients.create(fakePatient()))
    expectOk(await api.patients.create(fakePatient({ recordNumber: 'MRN-2' })))
    // Keyed hashes read as unkeyed do not verify: as an older trail edited before the upgrade.
    tamper(core.db, 'DELETE FROM audit_seals')
    rmSync(checkpointFileOf(core.db.name))
    const dataDir = dirname(core.db.name)
    core.close()
    const upgraded = openCore({ dataDir, log: silentLogger })
    reopened.push(upgraded)
    expect(upgraded.audit.verify()).toMatchObject({
      intact: false,
      problem: 'edited',
      firstBadId: 1,
    })
  })
})
