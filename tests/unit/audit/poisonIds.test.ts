// The red team's poison ids: sent signed out, 2^53 + 1 was stored (rounded) and then broke the
// trail's list and export for good; 1e300 made the audit write itself fail.
import { describe, expect, it } from 'vitest'
import { signedInClient, signedOutClient } from '../support/signedInClient'
import { expectOk, useTestCore } from '../support/testCore'
import { tamper } from './auditSupport'

const openTestCore = useTestCore()
// 2^53 + 1 as an attacker's JSON spells it; JavaScript reads it as 2^53, past the safe range.
const TWO_POW_53_PLUS_ONE: number = JSON.parse('9007199254740993')
const POISON = [TWO_POW_53_PLUS_ONE, 1e300, -1e300, 2 ** 64]

describe('poison ids', () => {
  it.each(POISON)(
    'records %s sent signed out as a refusal with no record, and lists it',
    async (id) => {
      const { core } = openTestCore()
      const stranger = signedOutClient(core)
      const admin = signedInClient(core, 'admin')
      // Sent as raw JSON, as an attacker with the launch token would.
      const refused = await core.dispatch(
        'patients.get',
        { id },
        { shell: 'browser', sessionKey: 'x' },
      )
      expect(refused).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } })
      expect((await stranger.patients.get({ id })).ok).toBe(false)

      const { entries } = expectOk(await admin.audit.list({}))
      const refusals = entries.filter((entry) => entry.action === 'refused')
      expect(refusals).toHaveLength(2)
      for (const entry of refusals) {
        expect(entry).toMatchObject({ channel: 'patients.get', entityId: null, patientId: null })
      }
      expectOk(await admin.audit.exportCsv({}))
      expect(expectOk(await admin.audit.verify({}))).toMatchObject({ intact: true })
    },
  )

  it('rejects a poison id from a signed-in caller with a field error, writing nothing else', async () => {
    const { core, api } = openTestCore()
    const result = await api.intakes.start({ patientId: TWO_POW_53_PLUS_ONE })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    if (result.ok || result.error.kind !== 'validation') return
    expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['patientId'])
    expect(core.db.prepare('SELECT count(*) FROM intakes').pluck().get()).toBe(0)
  })

  it('still lists and exports the trail when a stored value is out of range', async () => {
    const { core } = openTestCore()
    const admin = signedInClient(core, 'admin')
    expectOk(await admin.audit.list({}))
    // What older code stored: an id SQLite keeps exactly but JavaScript cannot.
    tamper(core.db, 'UPDATE audit_log SET entity_id = 9007199254740993, user_id = 9007199254740993')
    const { entries } = expectOk(await admin.audit.list({}))
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.at(-1)).toMatchObject({ entityId: null, userId: null })
    expectOk(await admin.audit.exportCsv({}))
    expect(expectOk(await admin.audit.verify({}))).toMatchObject({ intact: false })
  })
})
