import { randomUUID } from 'node:crypto'
import { contract, isChannelName } from '../../shared/contract/channels'
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../shared/contract/channels'
import { toFieldIssues } from '../../shared/contract/errors'
import type { RpcError, RpcResult } from '../../shared/contract/errors'
import type { Role } from '../../shared/contract/roles'
import type { Logger } from '../log'
import { ConflictError, FieldValidationError, NotFoundError } from './errors'

/** Who is calling and through which shell; the same for IPC and HTTP. */
export interface CallContext {
  readonly shell: 'desktop' | 'browser' | 'cli'
  readonly user: { readonly id: number; readonly role: Role } | null
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
  context: CallContext,
) => Promise<RpcResult<unknown>>

function failure(error: RpcError): RpcResult<never> {
  return { ok: false, error }
}

export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (channel, payload, context) => {
    if (!isChannelName(channel)) {
      return failure({ kind: 'bad_request', message: 'This action does not exist.' })
    }
    const definition = contract[channel]
    const parsed = definition.input.safeParse(payload)
    if (!parsed.success) {
      return failure({
        kind: 'validation',
        message: 'Some answers need attention.',
        issues: toFieldIssues(parsed.error.issues),
      })
    }
    try {
      const handler = handlers[channel] as Handler<ChannelName>
      const value: unknown = await handler(parsed.data as never, context)
      // Checking the reply too means a service bug cannot leak fields the contract does not name.
      const checked = definition.output.safeParse(value)
      if (!checked.success) throw new Error(`Reply to ${channel} broke the contract`)
      return { ok: true, value: checked.data }
    } catch (error) {
      return failure(toRpcError(channel, error, log))
    }
  }
}

function toRpcError(channel: ChannelName, error: unknown, log: Logger): RpcError {
  if (error instanceof FieldValidationError) {
    return { kind: 'validation', message: 'Some answers need attention.', issues: error.issues }
  }
  if (error instanceof NotFoundError) return { kind: 'not_found', message: error.message }
  if (error instanceof ConflictError) return { kind: 'conflict', message: error.message }
  const ref = randomUUID().slice(0, 8)
  log.error('dispatch.internal', error, { channel, ref })
  return {
    kind: 'internal',
    message: `Something went wrong inside the app. Reference ${ref}.`,
    ref,
  }
}
