import type { RpcResult } from '../../../shared/contract/errors'
import type { Transport } from '../../../shared/contract/client'

const UNREACHABLE: RpcResult<never> = {
  ok: false,
  error: {
    kind: 'internal',
    message: 'The app could not be reached. Check that it is still running, then try again.',
    ref: 'network',
  },
}

/** The browser shell's transport: `POST /rpc/<channel>` to the loopback server that served us. */
export function createHttpTransport(token: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (channel, payload) => {
    try {
      const response = await fetchImpl(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(payload),
      })
      // Every reply, errors included, is a JSON result envelope; the client validates it.
      return (await response.json()) as unknown
    } catch {
      return UNREACHABLE
    }
  }
}
