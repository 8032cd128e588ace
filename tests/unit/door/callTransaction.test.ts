// A call the trail records commits its change and its audit entry together: one wait for the
// disk, and never a change kept without its entry.
import { describe, expect, it, vi } from 'vitest'
import type { AuditEvent } from '../../../src/main/audit/auditTrail'
import type { SessionRegistry, SessionView } from '../../../src/main/auth/sessionRegistry'
import { createDispatcher } from '../../../src/main/door/dispatcher'
import type { Handlers } from '../../../src/main/door/dispatcher'
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels'
import { fakePatient } from '../support/patientFixtures'
import { useTestCore } from '../support/testCore'

const caller = { shell: 'desktop', sessionKey: 'test' } as const
const view: SessionView = {
  state: 'active',
  user: { id: 7, username: 'desk', displayName: 'Front Desk', role: 'front_desk' },
}
const sessions: SessionRegistry = {
  resolve: () => ({ view, change: null }),
  peek: () => view,
  signIn() {},
  lock() {},
  unlock() {},
  signOut() {},
  touch() {},
  endSessionsOf: () => 0,
  endSessionsWhere: () => 0,
  idleLockSeconds: () => 600,
}
const storedPatient = {
  ...fakePatient(),
  id: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
}

/** A door whose "transaction" only notes what happens inside it. */
function recordingDoor(overrides: Partial<Handlers>) {
  const log: string[] = []
  let open = false
  const handlers = {
    ...Object.fromEntries(CHANNEL_NAMES.map((name) => [name, () => storedPatient])),
    ...overrides,
  } as Handlers
  const dispatch = createDispatcher({
    handlers,
    log: { info: vi.fn(), error: vi.fn() },
    sessions,
    audit: {
      append: (event: AuditEvent) =>
        log.push(`audit ${event.action} ${open ? 'inside' : 'outside'}`),
    },
    transaction: (work) => {
      open = true
      log.push('begin')
      try {
        const result = work()
        log.push('commit')
        return result
      } catch (error) {
        log.push('rollback')
        throw error
      } finally {
        open = false
      }
    },
  })
  return { dispatch, log }
}

describe('the door and transactions', () => {
  it('records a change inside the transaction that makes it', async () => {
    const { dispatch, log } = recordingDoor({ 'patients.get': () => storedPatient })
    expect((await dispatch('patients.get', { id: 1 }, caller)).ok).toBe(true)
    expect(log).toEqual(['begin', 'audit view inside', 'commit'])
  })

  it('rolls back a failed call, then records the failure on its own', async () => {
    const { dispatch, log } = recordingDoor({
      'patients.get': () => {
        throw new Error('boom')
      },
    })
    expect((await dispatch('patients.get', { id: 1 }, caller)).ok).toBe(false)
    expect(log).toEqual(['begin', 'rollback', 'audit view outside'])
  })

  it('lets a handler that waits on other work commit alone, recording it after', async () => {
    const { dispatch, log } = recordingDoor({ 'patients.get': async () => storedPatient })
    expect((await dispatch('patients.get', { id: 1 }, caller)).ok).toBe(true)
    expect(log).toEqual(['begin', 'commit', 'audit view outside'])
  })

  it('opens no transaction for a read the trail does not record', async () => {
    const { dispatch, log } = recordingDoor({ 'auth.keepAlive': () => ({}) })
    expect((await dispatch('auth.keepAlive', {}, caller)).ok).toBe(true)
    expect(log).toEqual([])
  })
})

describe('on a real database', () => {
  const openCore = useTestCore()

  it('keeps no change whose audit entry could not be written', async () => {
    const { core, api } = openCore()
    // As a full disk would: every new audit entry fails.
    core.db.exec(`CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON main.audit_log
      BEGIN SELECT RAISE(ABORT, 'cannot write the trail'); END`)
    const refused = await api.patients.create(fakePatient({ recordNumber: 'MRN-ROLLED-BACK' }))
    expect(refused).toMatchObject({ ok: false, error: { kind: 'internal', ref: 'audit' } })
    const count = () =>
      (core.db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n
    expect(count()).toBe(0)

    core.db.exec('DROP TRIGGER temp.audit_refused')
    const created = await api.patients.create(fakePatient({ recordNumber: 'MRN-ROLLED-BACK' }))
    expect(created.ok).toBe(true)
    expect(count()).toBe(1)
    const entry = core.db
      .prepare("SELECT action, entity_type FROM audit_log WHERE channel = 'patients.create'")
      .all()
    expect(entry).toEqual([{ action: 'create', entity_type: 'patient' }])
  })
})
