import { randomUUID } from 'node:crypto'
import { contract, isChannelName } from '../../shared/contract/channels'
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../shared/contract/channels'
import type { ChannelDefinition } from '../../shared/contract/channel'
import { toFieldIssues } from '../../shared/contract/errors'
import type { RpcError, RpcResult } from '../../shared/contract/errors'
import type { Role } from '../../shared/contract/roles'
import type { AuditEvent } from '../audit/auditTrail'
import type { SessionRegistry, SessionView } from '../auth/sessionRegistry'
import type { Logger } from '../log'
import { storageProblemOf, storageRpcError } from '../storageErrors/storageProblem'
import { callEvents, refusalEvent, sessionChangeEvent } from './callAudit'
import { PASSWORD_CHANGE_REQUIRED, SCREEN_LOCKED, signedOutRefusal } from './sessionRefusal'
import { withWorkstation } from './workstationDetail'
import {
  BadRequestError,
  codedFields,
  ConflictError,
  FieldValidationError,
  NotFoundError,
  UnauthenticatedError,
} from './errors'

/** The signed-in, unlocked user a call is made by. */
export interface CallUser {
  readonly id: number
  readonly username: string
  readonly displayName: string
  readonly role: Role
}

/**
 * What a transport knows about a call: the shell, and which sign-in session it belongs to (a
 * desktop window, or the browser shell's launch token). Never who the user is: the door looks
 * that up, so no transport can claim to be someone.
 */
export interface Caller {
  /** `cli`: the server's console (see `console` in the contract); no transport can claim it. */
  readonly shell: 'desktop' | 'browser' | 'cli'
  readonly sessionKey: string
  /**
   * The computer the call comes from: a paired workstation's id (the clinic server), or
   * `local` (the desktop app, the loopback browser shell). Absent for the console.
   */
  readonly workstation?: number | 'local'
}

/** What a handler is told about the call. `user` is null only on public (sign-in) channels. */
export interface CallContext extends Caller {
  readonly user: CallUser | null
}

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  context: CallContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

export type Handlers = { readonly [C in ChannelName]: Handler<C> }

/** The one door: every call from either shell comes through here and nowhere else. */
export type Dispatch = (
  channel: string,
  payload: unknown,
  caller: Caller,
) => Promise<RpcResult<unknown>>

export interface DoorOptions {
  readonly handlers: Handlers
  readonly log: Logger
  readonly sessions: SessionRegistry
  readonly audit: { append(event: AuditEvent): unknown }
  /**
   * Runs `work` as one database transaction, rolled back if it throws. A handler that answers
   * at once (every one but sign-in, backups and PDFs, which wait on other work) then commits its
   * change together with its audit entry: one wait for the disk instead of two, and no change
   * is ever kept without its entry. Without it, each commits on its own.
   */
  readonly transaction?: <T>(work: () => T) => T
  /**
   * The patient an intake or review belongs to, so every entry about one (a view, an export, a
   * print) names the patient too. Absent, only what the call itself names is recorded.
   */
  readonly patientOf?: (entityType: string, entityId: number) => number | null
  /** Where the data lives, named in the message about a full or read-only disk. */
  readonly storageLocation?: string
}

/** The audit entry could not be written, so the call's change was rolled back with it. */
class AuditNotRecorded extends Error {
  override readonly name = 'AuditNotRecorded'
}

const AUDIT_FAILED: RpcError = {
  kind: 'internal',
  message: 'The action could not be recorded in the audit trail. Reference audit.',
  ref: 'audit',
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  )
}

function failure(error: RpcError): RpcResult<never> {
  return { ok: false, error }
}

const NOT_FROM_CONSOLE: RpcError = {
  kind: 'forbidden',
  message: 'This action cannot be run from the command line. Use the app instead.',
}

/** Why this session may not make this call, or null when it may. */
function refusal(
  definition: ChannelDefinition,
  session: SessionView,
  caller: Caller,
): RpcError | null {
  // The console caller has no session: it is admitted to console channels and nothing else.
  if (caller.shell === 'cli') return definition.console ? null : NOT_FROM_CONSOLE
  if (definition.public) return null
  if (session.state === 'signed_out') return signedOutRefusal(session)
  if (session.state === 'locked') return SCREEN_LOCKED
  if (!definition.roles.includes(session.user.role)) {
    return {
      kind: 'forbidden',
      message: 'Your account does not allow this. Ask an administrator if you need it.',
    }
  }
  // An administrator set this password: nothing else until the user has chosen their own.
  if (session.mustChangePassword && !definition.duringPasswordChange) {
    return PASSWORD_CHANGE_REQUIRED
  }
  return null
}

/**
 * Every call, in this order: which session (locking it if idle), whether its user may call this
 * channel (checked before the input is even read), the input against the contract, the handler,
 * the reply against the contract, then the audit entry. Refusals are audited too.
 */
export function createDispatcher(options: DoorOptions): Dispatch {
  const { handlers, log, sessions, audit } = options
  const separately = <T>(work: () => T): T => work()

  const withPatient = (event: AuditEvent): AuditEvent =>
    event.patientId == null && event.entityType && event.entityId != null && options.patientOf
      ? { ...event, patientId: options.patientOf(event.entityType, event.entityId) }
      : event

  /**
   * False when the trail could not be written (a full disk): the call then fails, whatever it
   * was (a refusal or a sign-in too), and the caller gets no data. A call's entries are written
   * together or not at all.
   */
  function record(events: readonly AuditEvent[], insideCall = false): boolean {
    try {
      // Inside a call's transaction the entries join it; otherwise they get one of their own.
      const together =
        insideCall || events.length < 2 ? separately : (options.transaction ?? separately)
      together(() => {
        for (const event of events) audit.append(withPatient(event))
      })
      return true
    } catch (error) {
      log.error('audit.append_failed', error, { events: events.length })
      return false
    }
  }

  return async (channel, payload, caller) => {
    if (!isChannelName(channel)) {
      return failure({ kind: 'bad_request', message: 'This action does not exist.' })
    }
    const definition: ChannelDefinition = contract[channel]
    const { view: before, change } = sessions.resolve(caller.sessionKey)
    // An idle lock or a disabled account's sign-out stays even if it cannot be recorded (it
    // only takes access away); the call fails, as every call whose entry cannot be written.
    if (change && !record(withWorkstation([sessionChangeEvent(change, caller)], caller))) {
      return failure(AUDIT_FAILED)
    }

    const refused = refusal(definition, before, caller)
    if (refused) {
      if (
        !record(withWorkstation([refusalEvent(channel, payload, caller, before, refused)], caller))
      ) {
        return failure(AUDIT_FAILED)
      }
      return failure(refused)
    }
    /** The call could not be recorded: any access it gave this session is taken back. */
    const unrecorded = (): RpcResult<never> => {
      undoSessionGain(sessions, caller.sessionKey, before)
      return failure(AUDIT_FAILED)
    }

    const finish = (
      input: unknown,
      output: unknown,
      error: RpcError | null,
      thrown: unknown,
      insideCall = false,
    ) => {
      const after = sessions.peek(caller.sessionKey)
      if (!error && !definition.public) sessions.touch(caller.sessionKey)
      return record(
        withWorkstation(
          callEvents({
            channel,
            action: definition.audit,
            isPublic: definition.public === true,
            caller,
            before,
            after,
            input,
            output,
            error,
            thrown,
          }),
          caller,
        ),
        insideCall,
      )
    }

    const parsed = definition.input.safeParse(payload)
    if (!parsed.success) {
      const error: RpcError = {
        kind: 'validation',
        message: 'Some answers need attention.',
        issues: toFieldIssues(parsed.error.issues),
      }
      if (!finish(payload, null, error, null)) return unrecorded()
      return failure(error)
    }
    const handler = handlers[channel] as Handler<ChannelName>
    const user = caller.shell !== 'cli' && before.state === 'active' ? before.user : null
    // Checking the reply too means a service bug cannot leak fields the contract does not name.
    const checkReply = (raw: unknown): unknown => {
      const checked = definition.output.safeParse(raw)
      if (!checked.success) throw new Error(`Reply to ${channel} broke the contract`)
      return checked.data
    }
    // Calls the trail records run with their entry in one transaction; plain reads need none.
    const atomically = definition.audit ? (options.transaction ?? separately) : separately
    let value: unknown
    try {
      const settled = atomically(() => {
        const raw: unknown = handler(parsed.data as never, { ...caller, user })
        // A handler that waits on other work commits on its own and is recorded after.
        if (isPromiseLike(raw)) return { pending: raw }
        const checked = checkReply(raw)
        // Recorded before the reply leaves: a view that cannot be audited is not shown, and a
        // change that cannot be audited is rolled back.
        if (!finish(parsed.data, checked, null, null, atomically !== separately)) {
          throw new AuditNotRecorded()
        }
        return { done: checked }
      })
      if ('done' in settled) return { ok: true, value: settled.done }
      value = checkReply(await settled.pending)
    } catch (thrown) {
      if (thrown instanceof AuditNotRecorded) return unrecorded()
      const error = toRpcError(channel, thrown, log, options.storageLocation)
      if (!finish(parsed.data, null, error, thrown)) return unrecorded()
      return failure(error)
    }
    if (!finish(parsed.data, value, null, null)) return unrecorded()
    return { ok: true, value }
  }
}

/**
 * Puts a session back as the call found it when the call gave it access (signed in, unlocked,
 * someone else signed in at a locked screen) but its audit entry could not be written: a
 * session change takes effect only together with its entry. A lock or sign-out is kept.
 */
function undoSessionGain(sessions: SessionRegistry, key: string, before: SessionView): void {
  const after = sessions.peek(key)
  if (after.state !== 'active') return
  if (before.state === 'active' && before.user.id === after.user.id) return
  if (before.state === 'signed_out') {
    sessions.signOut(key)
    return
  }
  sessions.signIn(key, before.user.id)
  if (before.state === 'locked') sessions.lock(key)
}

function toRpcError(
  channel: ChannelName,
  error: unknown,
  log: Logger,
  storageLocation = "the app's data folder",
): RpcError {
  if (error instanceof FieldValidationError) {
    return { kind: 'validation', message: 'Some answers need attention.', issues: error.issues }
  }
  if (error instanceof NotFoundError) {
    return { kind: 'not_found', message: error.message, ...codedFields(error.coded) }
  }
  if (error instanceof ConflictError) {
    return { kind: 'conflict', message: error.message, ...codedFields(error.coded) }
  }
  if (error instanceof BadRequestError) {
    return { kind: 'bad_request', message: error.message, ...codedFields(error.coded) }
  }
  if (error instanceof UnauthenticatedError) {
    return {
      kind: 'unauthenticated',
      message: error.message,
      reason: error.reason,
      ...(error.options.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: error.options.retryAfterSeconds }
        : {}),
    }
  }
  // A full or read-only disk is said as such: never "something went wrong", never "damaged".
  const problem = storageProblemOf(error)
  if (problem) {
    log.error('dispatch.storage', error, { channel, problem })
    return storageRpcError(problem, storageLocation)
  }
  const ref = randomUUID().slice(0, 8)
  log.error('dispatch.internal', error, { channel, ref })
  return {
    kind: 'internal',
    message: `Something went wrong inside the app. Reference ${ref}.`,
    ref,
  }
}
