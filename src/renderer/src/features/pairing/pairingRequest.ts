import { rpcResultSchema } from '../../../../shared/contract/errors'
import type { RpcResult } from '../../../../shared/contract/errors'
import { BrowserPairingResponseSchema } from '../../../../shared/workstations/browserPairing'
import type { BrowserPairingResponse } from '../../../../shared/workstations/browserPairing'
import { PAIRING_PATH } from '../../../../shared/workstations/workstation'

const ReplySchema = rpcResultSchema(BrowserPairingResponseSchema)

/**
 * `POST /pairing` from this page: the server answers with the workstation's id and sets its
 * credential as an HttpOnly cookie (never readable here). Null when the server did not answer.
 */
export async function requestPairing(
  input: { readonly code: string; readonly workstationName: string },
  fetchImpl: typeof fetch = fetch,
): Promise<RpcResult<BrowserPairingResponse> | null> {
  try {
    const response = await fetchImpl(PAIRING_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    })
    const parsed = ReplySchema.safeParse(await response.json())
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
