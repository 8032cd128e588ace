import { inject } from 'vue'
import type { InjectionKey } from 'vue'
import { ConnectionResultSchema } from '../../../../shared/connection/connection'
import type {
  ConnectionBridge,
  ConnectionStatus,
  PairInput,
} from '../../../../shared/connection/connection'
import type { RpcResult } from '../../../../shared/contract/errors'

/** The desktop shell's connection calls, with each reply checked like every other reply. */
export interface ConnectionClient {
  status(): Promise<RpcResult<ConnectionStatus>>
  chooseLocal(): Promise<RpcResult<ConnectionStatus>>
  pair(input: PairInput): Promise<RpcResult<ConnectionStatus>>
}

const NOT_UNDERSTOOD: RpcResult<never> = {
  ok: false,
  error: { kind: 'internal', message: 'The reply from the app was not understood.', ref: 'client' },
}

async function checked(reply: Promise<unknown>): Promise<RpcResult<ConnectionStatus>> {
  let raw: unknown
  try {
    raw = await reply
  } catch {
    return NOT_UNDERSTOOD
  }
  const parsed = ConnectionResultSchema.safeParse(raw)
  return parsed.success ? parsed.data : NOT_UNDERSTOOD
}

export function createConnectionClient(bridge: ConnectionBridge): ConnectionClient {
  return {
    status: () => checked(bridge.status()),
    chooseLocal: () => checked(bridge.chooseLocal()),
    pair: (input) => checked(bridge.pair(input)),
  }
}

export const connectionClientKey: InjectionKey<ConnectionClient> = Symbol('connectionClient')

/** The desktop shell's connection calls; null in the browser, which has none. */
export function useConnectionClient(): ConnectionClient | null {
  return inject(connectionClientKey, null)
}
