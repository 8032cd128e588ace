import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/log'
import { createPairingExchange } from '../../../src/main/server/pairing/pairingExchange'
import type { PairingExchange } from '../../../src/main/server/pairing/pairingExchange'
import { secretHash } from '../../../src/main/server/pairing/pairingSecrets'
import type { PairingResponse } from '../../../src/shared/workstations/workstation'
import type { RpcResult } from '../../../src/shared/contract/errors'
import { signedInClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'

let clock = new Date('2026-03-02T08:00:00Z')
const openTestCore = useTestCore({ role: 'admin', now: () => clock })

const CA = {
  certificate: '-----BEGIN CERTIFICATE-----\nclinic CA\n-----END CERTIFICATE-----\n',
  fingerprint: Array.from({ length: 32 }, () => 'AB').join(':'),
}

function setUp() {
  clock = new Date('2026-03-02T08:00:00Z')
  const { core, api } = openTestCore()
  const exchange: PairingExchange = createPairingExchange({
    db: core.db,
    pairing: core.workstations,
    ca: CA,
    audit: core.audit,
    log: silentLogger,
  })
  const pair = (code: string, workstationName: string) =>
    exchange({ code, workstationName }, { shell: 'desktop' })
  return { core, api, exchange, pair }
}

function minutesLater(minutes: number) {
  clock = new Date(clock.getTime() + minutes * 60_000)
}

function refusalOf(result: RpcResult<PairingResponse>) {
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

function codeMessage(result: RpcResult<PairingResponse>): string {
  const error = refusalOf(result)
  if (error.kind !== 'validation') throw new Error(`expected validation, got ${error.kind}`)
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')
}

describe('pairing a workstation', () => {
  it('gives an administrator a short one-time code valid for 10 minutes, kept only as a hash', async () => {
    const { core, api } = setUp()
    const created = expectOk(await api.workstations.createPairingCode({}))
    expect(created.code).toMatch(/^[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}$/)
    expect(created.expiresAt).toBe('2026-03-02T08:10:00.000Z')
    const stored = core.db.prepare('SELECT * FROM pairing_codes').all() as Record<string, unknown>[]
    expect(stored).toHaveLength(1)
    const values = Object.values(stored[0] as object).map(String)
    expect(values).not.toContain(created.code)
    expect(values).not.toContain(created.code.replace('-', ''))
    expect(stored[0]).toMatchObject({ code_hash: secretHash(created.code.replace('-', '')) })
  })

  it('exchanges the code, as typed in any case and spacing, for a credential and the CA to pin', async () => {
    const { core, api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    const typed = ` ${code.toLowerCase().replace('-', ' ')} `
    const paired = expectOk(pair(typed, 'Front desk'))
    expect(paired).toMatchObject({ caCertificate: CA.certificate, caFingerprint: CA.fingerprint })
    expect(paired.credential).toMatch(/^cw1\.\d+\.[A-Za-z0-9_-]{43}$/)

    expect(core.workstations.verifyCredential(paired.credential)).toEqual({
      ok: true,
      workstation: { id: paired.workstationId },
    })
    const { workstations } = expectOk(await api.workstations.list({}))
    expect(workstations).toEqual([
      {
        id: paired.workstationId,
        name: 'Front desk',
        pairedAt: '2026-03-02T08:00:00.000Z',
        lastSeenAt: '2026-03-02T08:00:00.000Z',
        revokedAt: null,
      },
    ])
    // The credential is never stored: only its hash.
    const row = core.db.prepare('SELECT * FROM workstations').get() as Record<string, unknown>
    expect(Object.values(row).map(String).join(' ')).not.toContain(paired.credential.split('.')[2])
  })

  it('accepts each code once only', async () => {
    const { core, api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    expectOk(pair(code, 'Front desk'))
    expect(codeMessage(pair(code, 'Room 3'))).toMatch(/^code: .*used already/)
    expect(core.db.prepare('SELECT count(*) FROM workstations').pluck().get()).toBe(1)
  })

  it('refuses a code after its 10 minutes', async () => {
    const { core, api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    minutesLater(10)
    expect(codeMessage(pair(code, 'Front desk'))).toMatch(/^code: .*expired/)
    expect(core.db.prepare('SELECT count(*) FROM workstations').pluck().get()).toBe(0)
  })

  it('still accepts a code a moment before its 10 minutes end', async () => {
    const { api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    minutesLater(9.9)
    expectOk(pair(code, 'Front desk'))
  })

  it('refuses a wrong code, and a malformed one at the field, without pairing anything', async () => {
    const { core, api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    const wrong = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`
    expect(codeMessage(pair(wrong, 'Front desk'))).toMatch(/^code: .*not valid/)
    expect(codeMessage(pair('ABC', 'Front desk'))).toMatch(/^code: .*8 letters and digits/)
    expect(codeMessage(pair(code, ''))).toMatch(/^workstationName: Enter a name/)
    expect(core.db.prepare('SELECT count(*) FROM workstations').pluck().get()).toBe(0)
    // None of those spent the right code.
    expectOk(pair(code, 'Front desk'))
  })

  it('refuses a name another paired computer has, without spending the code', async () => {
    const { api, pair } = setUp()
    const first = expectOk(await api.workstations.createPairingCode({}))
    expectOk(pair(first.code, 'Front desk'))
    const second = expectOk(await api.workstations.createPairingCode({}))
    expect(codeMessage(pair(second.code, 'FRONT DESK'))).toMatch(/^workstationName: .*already has/)
    expectOk(pair(second.code, 'Room 3'))
  })

  it('records every pairing and every refused attempt in the audit trail', async () => {
    const { core, api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    pair('ZZZZ-ZZZZ', 'Front desk')
    const paired = expectOk(pair(code, 'Front desk'))
    const entries = core.db
      .prepare(
        `SELECT action, channel, entity_type, entity_id, outcome, detail, shell FROM audit_log
         WHERE entity_type = 'workstation' OR channel LIKE 'workstations.%' ORDER BY id`,
      )
      .all()
    expect(entries).toEqual([
      {
        action: 'create',
        channel: 'workstations.createPairingCode',
        entity_type: null,
        entity_id: null,
        outcome: 'ok',
        detail: null,
        shell: 'browser',
      },
      {
        action: 'refused',
        channel: null,
        entity_type: 'workstation',
        entity_id: null,
        outcome: 'validation',
        detail: 'wrong_code',
        shell: 'desktop',
      },
      {
        action: 'create',
        channel: null,
        entity_type: 'workstation',
        entity_id: paired.workstationId,
        outcome: 'ok',
        detail: 'paired',
        shell: 'desktop',
      },
    ])
  })
})

describe('device credentials', () => {
  it('are refused once the administrator revokes the workstation', async () => {
    const { core, api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    const paired = expectOk(pair(code, 'Room 3'))
    minutesLater(5)
    const revoked = expectOk(await api.workstations.revoke({ id: paired.workstationId }))
    expect(revoked.revokedAt).toBe('2026-03-02T08:05:00.000Z')
    expect(core.workstations.verifyCredential(paired.credential)).toEqual({
      ok: false,
      reason: 'revoked',
    })
    // Revoked, its name is free for a newly paired computer.
    const again = expectOk(await api.workstations.createPairingCode({}))
    expectOk(pair(again.code, 'Room 3'))
  })

  it('are refused when the secret is wrong, the workstation unknown or the form malformed', async () => {
    const { core, api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    const { credential, workstationId } = expectOk(pair(code, 'Room 3'))
    const secret = credential.split('.')[2] as string
    const otherSecret = `${secret[0] === 'A' ? 'B' : 'A'}${secret.slice(1)}`
    const check = (value: string) => core.workstations.verifyCredential(value)
    expect(check(`cw1.${workstationId}.${otherSecret}`)).toEqual({ ok: false, reason: 'unknown' })
    expect(check(`cw1.${workstationId + 1}.${secret}`)).toEqual({ ok: false, reason: 'unknown' })
    expect(check('cw1.9007199254740993.x')).toEqual({ ok: false, reason: 'malformed' })
    expect(check(secret)).toEqual({ ok: false, reason: 'malformed' })
    expect(check('')).toEqual({ ok: false, reason: 'malformed' })
  })

  it('notes when each workstation was last seen, to the minute', async () => {
    const { core, api, pair } = setUp()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    const { credential } = expectOk(pair(code, 'Room 3'))
    const lastSeen = () => core.db.prepare('SELECT last_seen_at FROM workstations').pluck().get()
    core.workstations.verifyCredential(credential)
    minutesLater(0.5)
    core.workstations.verifyCredential(credential)
    expect(lastSeen()).toBe('2026-03-02T08:00:00.000Z')
    minutesLater(1)
    core.workstations.verifyCredential(credential)
    expect(lastSeen()).toBe('2026-03-02T08:01:30.000Z')
  })

  it('says plainly when the workstation to revoke is not there', async () => {
    const { api } = setUp()
    const result = await api.workstations.revoke({ id: 99 })
    expect(result).toMatchObject({ ok: false, error: { kind: 'not_found' } })
  })

  it('are for administrators only to manage', async () => {
    const { core } = setUp()
    const frontDesk = signedInClient(core, 'front_desk')
    expect(await frontDesk.workstations.createPairingCode({})).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    })
  })
})
