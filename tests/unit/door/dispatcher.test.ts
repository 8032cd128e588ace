import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels'
import { createDispatcher } from '../../../src/main/door/dispatcher'
import type { Handlers } from '../../../src/main/door/dispatcher'
import { ConflictError, FieldValidationError, NotFoundError } from '../../../src/main/door/errors'
import type { Logger } from '../../../src/main/log'
import type { AuditEvent } from '../../../src/main/audit/auditTrail'
import type { SessionRegistry, SessionView } from '../../../src/main/auth/sessionRegistry'
import { fakePatient } from '../support/patientFixtures'

const context = { shell: 'desktop', sessionKey: 'test' } as const
const frontDesk = {
  id: 7,
  username: 'desk',
  displayName: 'Front Desk',
  role: 'front_desk',
} as const
const storedPatient = {
  ...fakePatient(),
  id: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
}

/** A session fixed in one state; the door's own session rules are tested in tests/unit/auth. */
function fixedSessions(view: SessionView): SessionRegistry {
  return {
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
}

function dispatcherWith(
  overrides: Partial<Handlers>,
  log?: Logger,
  session: SessionView = { state: 'active', user: frontDesk },
  trail: AuditEvent[] = [],
) {
  const unused = () => {
    throw new Error('not used in this test')
  }
  const handlers = {
    ...Object.fromEntries(CHANNEL_NAMES.map((name) => [name, unused])),
    ...overrides,
  } as Handlers
  return createDispatcher({
    handlers,
    log: log ?? { info: vi.fn(), error: vi.fn() },
    sessions: fixedSessions(session),
    audit: { append: (event: AuditEvent) => trail.push(event) },
  })
}

describe('the one door', () => {
  it('rejects an unknown channel', async () => {
    const dispatch = dispatcherWith({})
    const result = await dispatch('patients.delete', {}, context)
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad_request' } })
  })

  it('rejects a malformed payload with field paths and never calls the service', async () => {
    const create = vi.fn()
    const dispatch = dispatcherWith({ 'patients.create': create })
    const result = await dispatch(
      'patients.create',
      { givenName: '', familyName: 'X', dateOfBirth: '2001-13-01', sex: 'robot' },
      context,
    )
    expect(create).not.toHaveBeenCalled()
    expect(result.ok).toBe(false)
    if (result.ok || result.error.kind !== 'validation') throw new Error('expected validation')
    expect(result.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'dateOfBirth',
      'givenName',
      'sex',
    ])
  })

  it('rejects a payload that is not an object at all', async () => {
    const dispatch = dispatcherWith({})
    const result = await dispatch('patients.get', 'drop table patients', context)
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('passes the parsed input (trimmed, defaults applied) to the service', async () => {
    const search = vi.fn(() => ({ patients: [] }))
    const dispatch = dispatcherWith({ 'patients.search': search })
    await dispatch('patients.search', { query: '  smi ' }, context)
    expect(search).toHaveBeenCalledWith(
      { query: 'smi', limit: 25 },
      { ...context, user: frontDesk },
    )
  })

  it.each([
    [new NotFoundError('gone'), 'not_found'],
    [new ConflictError('someone else saved'), 'conflict'],
    [new FieldValidationError([{ path: ['recordNumber'], message: 'taken' }]), 'validation'],
  ])('maps %s to a typed %s error', async (thrown, kind) => {
    const dispatch = dispatcherWith({
      'patients.get': () => {
        throw thrown
      },
    })
    const result = await dispatch('patients.get', { id: 1 }, context)
    expect(result).toMatchObject({ ok: false, error: { kind } })
  })

  it('hides the internals of an unexpected failure and logs only a reference', async () => {
    const log = { info: vi.fn(), error: vi.fn() }
    const dispatch = dispatcherWith(
      {
        'patients.get': () => {
          throw new Error('SQLITE_CORRUPT at /home/clinic/secret.db near Smith')
        },
      },
      log,
    )
    const result = await dispatch('patients.get', { id: 1 }, context)
    expect(result.ok).toBe(false)
    if (result.ok || result.error.kind !== 'internal') throw new Error('expected internal')
    expect(result.error.message).not.toMatch(/SQLITE|secret|Smith/)
    expect(result.error.message).toContain(result.error.ref)
    expect(log.error).toHaveBeenCalledWith('dispatch.internal', expect.any(Error), {
      channel: 'patients.get',
      ref: result.error.ref,
    })
  })

  it('refuses a service reply that breaks the output schema', async () => {
    const dispatch = dispatcherWith({
      'patients.get': () => ({ ...storedPatient, secretColumn: 'x', id: -1 }),
    })
    const result = await dispatch('patients.get', { id: 1 }, context)
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } })
  })

  it('strips fields the contract does not name from a valid reply', async () => {
    const dispatch = dispatcherWith({
      'patients.get': () => ({ ...storedPatient, internalNote: 'x' }),
    })
    const result = await dispatch('patients.get', { id: 1 }, context)
    expect(result).toEqual({ ok: true, value: storedPatient })
  })
})

describe('the one door, who may call', () => {
  it('refuses a signed-out or locked session before reading the input, and records it', async () => {
    const get = vi.fn()
    for (const [session, reason] of [
      [{ state: 'signed_out' }, 'signed_out'],
      [{ state: 'locked', user: frontDesk }, 'locked'],
    ] as const) {
      const trail: AuditEvent[] = []
      const dispatch = dispatcherWith({ 'patients.get': get }, undefined, session, trail)
      const result = await dispatch('patients.get', { id: 'not even a number' }, context)
      expect(result).toMatchObject({ ok: false, error: { kind: 'unauthenticated', reason } })
      expect(trail).toEqual([
        expect.objectContaining({
          action: 'refused',
          channel: 'patients.get',
          outcome: 'unauthenticated',
          detail: reason,
        }),
      ])
    }
    expect(get).not.toHaveBeenCalled()
  })

  it('refuses a role the channel does not list with a typed forbidden error, and records it', async () => {
    const trail: AuditEvent[] = []
    const signOff = vi.fn()
    const dispatch = dispatcherWith(
      { 'reviews.signOff': signOff },
      undefined,
      { state: 'active', user: frontDesk },
      trail,
    )
    const result = await dispatch('reviews.signOff', { intakeId: 12 }, context)
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(signOff).not.toHaveBeenCalled()
    expect(trail).toEqual([
      {
        user: { id: 7, username: 'desk' },
        shell: 'desktop',
        action: 'refused',
        channel: 'reviews.signOff',
        entityType: 'intake',
        entityId: 12,
        patientId: null,
        outcome: 'forbidden',
        detail: null,
      },
    ])
  })

  it('shows nothing it could not record: a view whose audit entry fails is an internal error', async () => {
    const log = { info: vi.fn(), error: vi.fn() }
    const dispatch = createDispatcher({
      handlers: {
        ...(Object.fromEntries(
          CHANNEL_NAMES.map((name) => [name, () => ({})]),
        ) as unknown as Handlers),
        'patients.get': () => storedPatient,
      },
      log,
      sessions: fixedSessions({ state: 'active', user: frontDesk }),
      audit: {
        append() {
          throw new Error('SQLITE_FULL')
        },
      },
    })
    const result = await dispatch('patients.get', { id: 1 }, context)
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', ref: 'audit' } })
    expect(log.error).toHaveBeenCalledWith('audit.append_failed', expect.any(Error), { events: 1 })
  })
})
