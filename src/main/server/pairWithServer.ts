import { rpcResultSchema } from '../../shared/contract/errors'
import type { RpcResult } from '../../shared/contract/errors'
import { PAIRING_PATH, PairingResponseSchema } from '../../shared/workstations/workstation'
import type { PairingResponse } from '../../shared/workstations/workstation'
import { CertificateMismatchError, createPinnedClient } from './pinnedClient'
import type { PinnedServer } from './pinnedClient'
import { readPresentedCertificates } from './presentedCertificate'
import { sameFingerprint } from './tls/fingerprint'

const PairingReplySchema = rpcResultSchema(PairingResponseSchema)

/** A paired workstation: what it keeps (the credential like a password). */
export interface Pairing {
  readonly server: PinnedServer
  readonly workstationId: number
  readonly credential: string
}

/**
 * The workstation's side of pairing. It reads the CA the server presents, then sends the code
 * and name trusting that CA only, and accepts the answer only if the server names the same CA.
 * The first contact cannot be verified by TLS alone: show `caFingerprint` to the person, who
 * compares it with the line the server printed (as with SSH's first connection).
 * A refusal (wrong code, name taken) comes back as the server's typed error, to show beside
 * what was typed.
 */
export async function pairWithServer(options: {
  readonly origin: string
  readonly code: string
  readonly workstationName: string
  readonly timeoutMs?: number
}): Promise<RpcResult<Pairing>> {
  const timeoutMs = options.timeoutMs ?? 15_000
  const presented = await readPresentedCertificates(options.origin, { timeoutMs })
  if (!presented.caCertificate || !presented.caFingerprint) {
    throw new Error('The server did not present a clinic certificate authority')
  }
  const server: PinnedServer = {
    origin: new URL(options.origin).origin,
    caCertificate: presented.caCertificate,
    caFingerprint: presented.caFingerprint,
  }
  const client = createPinnedClient(server, { timeoutMs })
  try {
    const response = await client.request({
      method: 'POST',
      path: PAIRING_PATH,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: options.code, workstationName: options.workstationName }),
    })
    const reply = PairingReplySchema.parse(JSON.parse(response.body.toString('utf8')))
    if (!reply.ok) return reply
    const answer: PairingResponse = reply.value
    if (!sameFingerprint(answer.caFingerprint, server.caFingerprint)) {
      throw new CertificateMismatchError(server.origin, answer.caFingerprint, server.caFingerprint)
    }
    return {
      ok: true,
      value: { server, workstationId: answer.workstationId, credential: answer.credential },
    }
  } finally {
    client.close()
  }
}
