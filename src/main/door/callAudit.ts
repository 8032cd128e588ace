import type { ChannelAuditAction } from '../../shared/audit/auditEntry'
import type { RpcError } from '../../shared/contract/errors'
import type { AuditEvent } from '../audit/auditTrail'
import type { SessionChange, SessionView } from '../auth/sessionRegistry'
import { auditRecordOf, resultCountOf } from './auditRecord'
import type { Caller } from './dispatcher'
import { UnauthenticatedError } from './errors'

function userOf(view: SessionView) {
  return view.state === 'signed_out' ? null : { id: view.user.id, username: view.user.username }
}

function sameSession(a: SessionView, b: SessionView): boolean {
  return a.state === b.state && userOf(a)?.id === userOf(b)?.id
}

/** A session that changed on its own between calls: locked by idleness, or its account disabled. */
export function sessionChangeEvent(change: SessionChange, caller: Caller): AuditEvent {
  const user = { id: change.user.id, username: change.user.username }
  return change.kind === 'locked_idle'
    ? { user, shell: caller.shell, action: 'lock', outcome: 'ok', detail: 'idle' }
    : { user, shell: caller.shell, action: 'sign_out', outcome: 'ok', detail: 'disabled' }
}

/** A call refused before it reached a handler: no session, a locked one, or the wrong role. */
export function refusalEvent(
  channel: string,
  payload: unknown,
  caller: Caller,
  before: SessionView,
  error: RpcError,
): AuditEvent {
  return {
    user: userOf(before),
    shell: caller.shell,
    action: 'refused',
    channel,
    ...auditRecordOf(channel, payload, null),
    outcome: error.kind,
    detail: error.kind === 'unauthenticated' ? (error.reason ?? null) : null,
  }
}

/**
 * The entries one handled call leaves in the trail: its own (if the contract names an audit
 * action), plus the sign-out of a user replaced by someone signing in at their locked screen and
 * the sign-in that a first-run setup implies.
 */
export function callEvents(call: {
  readonly channel: string
  readonly action: ChannelAuditAction | undefined
  readonly isPublic: boolean
  readonly caller: Caller
  readonly before: SessionView
  readonly after: SessionView
  readonly input: unknown
  readonly output: unknown
  readonly error: RpcError | null
  readonly thrown: unknown
}): AuditEvent[] {
  const { caller, before, after, error } = call
  // A public call that changed nothing (signing out when nobody is signed in) is not an event.
  if (call.isPublic && !error && sameSession(before, after)) return []

  const events: AuditEvent[] = []
  const previous = userOf(before)
  const current = userOf(after)
  if (previous && current && previous.id !== current.id) {
    events.push({
      user: previous,
      shell: caller.shell,
      action: 'sign_out',
      outcome: 'ok',
      detail: 'replaced',
    })
  }
  if (call.action) {
    const subject = call.thrown instanceof UnauthenticatedError ? call.thrown.options.subject : null
    const failedSignIn = error !== null && call.action === 'sign_in'
    const record = subject
      ? { entityType: 'user', entityId: subject.id, patientId: null }
      : auditRecordOf(call.channel, call.input, error ? null : call.output)
    events.push({
      // A failed sign-in was made by nobody known; the account it aimed at is the record.
      user: failedSignIn ? null : error ? previous : (current ?? previous),
      shell: caller.shell,
      action: call.action,
      channel: call.channel,
      ...record,
      outcome: error ? error.kind : 'ok',
      detail: error
        ? error.kind === 'unauthenticated'
          ? (error.reason ?? null)
          : null
        : resultCountOf(call.output),
    })
  }
  if (!error && current && current.id !== previous?.id && call.action !== 'sign_in') {
    events.push({
      user: current,
      shell: caller.shell,
      action: 'sign_in',
      outcome: 'ok',
      detail: 'setup',
    })
  }
  return events
}
