import { NETWORK_REF } from '../../../shared/contract/errors'
import type { RpcResult } from '../../../shared/contract/errors'
import type { Transport } from '../../../shared/contract/client'
import { PAIRING_REQUIRED_HEADER } from '../../../shared/workstations/browserPairing'
import { serverPlaceOf } from './serverPlace'
import type { ServerPlace } from './serverPlace'

/** Which tab a call comes from (see tabId.ts and src/main/http/sessionCookies.ts). */
export const TAB_HEADER = 'x-clinic-tab'

/** Below the 64 KiB that browsers allow in flight for keepalive requests. */
const KEEPALIVE_MAX_BYTES = 60_000

/** No answer came: from the app on this computer, or from the clinic server over the network. */
const UNREACHABLE_MESSAGE: Record<ServerPlace, string> = {
  thisComputer: 'The app could not be reached. Check that it is still running, then try again.',
  clinicServer:
    'The clinic server could not be reached. Check this computer’s network connection; if it persists, tell whoever looks after the clinic server.',
}

function unreachable(place: ServerPlace): RpcResult<never> {
  return {
    ok: false,
    error: { kind: 'internal', message: UNREACHABLE_MESSAGE[place], ref: NETWORK_REF },
  }
}

/**
 * The browser's transport: `POST /rpc/<channel>` to the server that served this page (the
 * loopback browser shell or the clinic server). The device and this tab's sign-in travel as
 * HttpOnly cookies; the tab says which tab it is (see tabId.ts). When the clinic server says
 * this computer must be paired (again), the page goes to the pairing screen.
 */
export function createHttpTransport(
  tab: string,
  fetchImpl: typeof fetch = fetch,
  onPairingRequired: () => void = () => window.location.assign('/?unpaired=revoked'),
  place: ServerPlace = serverPlaceOf(window.location),
): Transport {
  return async (channel, payload) => {
    try {
      const body = JSON.stringify(payload)
      const response = await fetchImpl(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TAB_HEADER]: tab },
        body,
        // Lets a draft save that starts as the tab closes still reach the app; browsers allow
        // keepalive only for small bodies, so a large one goes as a normal request.
        keepalive: new TextEncoder().encode(body).length < KEEPALIVE_MAX_BYTES,
      })
      if (response.headers.get(PAIRING_REQUIRED_HEADER) === 'required') onPairingRequired()
      // Every reply, errors included, is a JSON result envelope; the client validates it.
      return (await response.json()) as unknown
    } catch {
      return unreachable(place)
    }
  }
}
