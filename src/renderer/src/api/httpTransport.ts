import type { RpcResult } from '../../../shared/contract/errors'
import type { Transport } from '../../../shared/contract/client'

/** Below the 64 KiB that browsers allow in flight for keepalive requests. */
const KEEPALIVE_MAX_BYTES = 60_000

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
      const body = JSON.stringify(payload)
      const response = await fetchImpl(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        // Lets a draft save that starts as the tab closes still reach the app; browsers allow
        // keepalive only for small bodies, so a large one goes as a normal request.
        keepalive: new TextEncoder().encode(body).length < KEEPALIVE_MAX_BYTES,
      })
      // Every reply, errors included, is a JSON result envelope; the client validates it.
      return (await response.json()) as unknown
    } catch {
      return UNREACHABLE
    }
  }
}
