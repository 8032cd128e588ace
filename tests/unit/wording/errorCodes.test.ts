// Issue 13, item 7: the server sends codes (and small params) where its English message carries
// something the screen cannot know; the renderer words them. Before, refusals carried only the
// server's English, so a screen either showed it or said something vaguer.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RpcErrorSchema } from '../../../src/shared/contract/errors'
import { expectOk, useTestCore } from '../support/testCore'
import { fakePatient } from '../support/patientFixtures'
import { signInOnHost, useHosts } from '../backups/hostSupport'

const testCore = useTestCore()
const hosts = useHosts()

describe('refusals carry a code the renderer words', () => {
  it('names why a backup was refused, and a backup that is gone', async () => {
    const dataDir = hosts.dataDir()
    const host = hosts.open(dataDir)
    const admin = signInOnHost(host, 'admin')
    expectOk(await admin.backups.run({}))
    writeFileSync(join(dataDir, 'backups', 'garbage.sqlite3'), Buffer.alloc(16384, 0x5a))

    expect(await admin.backups.inspect({ name: 'garbage.sqlite3' })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'backup_unreadable' },
    })
    expect(await admin.backups.restore({ name: 'missing.sqlite3', confirm: true })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', code: 'backup_missing' },
    })
  })

  it('says an intake is no longer a draft, with the status it has now', async () => {
    const { api } = testCore()
    const patient = expectOk(await api.patients.create(fakePatient()))
    const { intake } = expectOk(await api.intakes.start({ patientId: patient.id }))
    expectOk(await api.intakes.discardDraft({ id: intake.id, version: intake.version }))

    expect(
      await api.intakes.saveDraft({
        id: intake.id,
        version: intake.version,
        step: 'x',
        values: {},
      }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'intake_not_draft', params: { status: 'discarded' } },
    })
  })

  it('says someone else saved the patient meanwhile', async () => {
    const { api } = testCore()
    const patient = expectOk(await api.patients.create(fakePatient()))
    expectOk(
      await api.patients.update({ ...fakePatient({ givenName: 'A' }), id: patient.id, version: 1 }),
    )

    expect(
      await api.patients.update({ ...fakePatient({ givenName: 'B' }), id: patient.id, version: 1 }),
    ).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'patient_changed' } })
  })

  it('keeps the error schema backwards compatible: no code, or a code this version lacks', () => {
    expect(RpcErrorSchema.safeParse({ kind: 'conflict', message: 'old server' }).success).toBe(true)
    expect(
      RpcErrorSchema.safeParse({ kind: 'conflict', message: 'x', code: 'from_a_newer_server' })
        .success,
    ).toBe(true)
    expect(
      RpcErrorSchema.safeParse({ kind: 'storage', message: 'x', reason: 'disk_full' }).success,
    ).toBe(true)
  })
})
