import { CHANNEL_NAMES, contract } from './channels'
import type { ChannelInput, ChannelName, ChannelOutput } from './channels'
import { rpcResultSchema } from './errors'
import type { RpcResult } from './errors'

type NamespaceOf<C extends string> = C extends `${infer N}.${string}` ? N : never

/** `window.clinic`: `clinic.patients.create(input)` etc., typed from the contract. */
export type ClinicApi = {
  [N in NamespaceOf<ChannelName>]: {
    [C in ChannelName as C extends `${N}.${infer M}` ? M : never]: (
      input: ChannelInput<C>,
    ) => Promise<RpcResult<ChannelOutput<C>>>
  }
}

/** Carries one call to the one door and returns its raw (untrusted) result envelope. */
export type Transport = (channel: ChannelName, payload: unknown) => Promise<unknown>

/**
 * Builds the namespaced client over a transport. Input is sent as plain JSON (never a reactive
 * proxy); the reply is checked against the contract before the caller sees it.
 */
export function createClient(transport: Transport): ClinicApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNEL_NAMES) {
    const [namespace, method] = channel.split('.') as [string, string]
    const resultSchema = rpcResultSchema(contract[channel].output)
    api[namespace] ??= {}
    api[namespace][method] = async (input: unknown) => {
      const plain: unknown = input === undefined ? {} : JSON.parse(JSON.stringify(input))
      const reply = resultSchema.safeParse(await transport(channel, plain))
      if (reply.success) return reply.data
      return {
        ok: false,
        error: {
          kind: 'internal',
          message: 'The reply from the app was not understood.',
          ref: 'client',
        },
      }
    }
  }
  return api as unknown as ClinicApi
}
