import { X509Certificate } from 'node:crypto'
import { Agent, request as httpsRequest } from 'node:https'
import type { IncomingHttpHeaders } from 'node:http'
import { readPresentedCertificates } from './presentedCertificate'
import type { PresentedCertificates } from './presentedCertificate'
import { certificateFingerprint, sameFingerprint } from './tls/fingerprint'

/** A clinic server as a paired workstation knows it: its address and the CA it pinned. */
export interface PinnedServer {
  /** `https://host:port`, as typed at pairing. */
  readonly origin: string
  /** The clinic's CA certificate (PEM), received at pairing. */
  readonly caCertificate: string
  /** Its SHA-256 fingerprint, `AB:CD:...`, as shown to the person who paired. */
  readonly caFingerprint: string
}

export interface PinnedRequest {
  readonly method: 'GET' | 'POST'
  /** Path and query, e.g. `/rpc/intakes.submit`. */
  readonly path: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string | Buffer
}

export interface PinnedResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
}

export interface PinnedClientOptions {
  /** For the whole request, connection included. */
  readonly timeoutMs?: number
  /** Replies are JSON or a PDF; anything bigger is refused rather than held in memory. */
  readonly maxResponseBytes?: number
}

/**
 * The server presented a certificate that does not chain to the pinned CA: not the server this
 * computer paired with, or someone in between. Nothing was sent. Never retried past.
 */
export class CertificateMismatchError extends Error {
  override readonly name = 'CertificateMismatchError'
  constructor(
    readonly origin: string,
    /** The CA this workstation pinned at pairing. */
    readonly pinnedFingerprint: string,
    /** The CA at the top of the chain presented, else the server's own certificate. */
    readonly presentedFingerprint: string,
  ) {
    super(
      `The clinic server at ${origin} presented a different certificate from the one this ` +
        'computer was paired with, so nothing was sent to it. ' +
        `Paired certificate SHA-256 ${pinnedFingerprint}; ` +
        `presented certificate SHA-256 ${presentedFingerprint}. ` +
        'Someone may be pretending to be the clinic server. Do not continue: ask your ' +
        'administrator to compare these with the fingerprint the clinic server prints when it ' +
        'starts, and to pair this computer again only if the server was set up anew.',
    )
  }
}

/**
 * The certificate is the clinic's, but it does not cover the address used (the server's address
 * changed since it last started) or it has expired. Restarting the server renews it.
 */
export class ServerCertificateOutdatedError extends Error {
  override readonly name = 'ServerCertificateOutdatedError'
  constructor(
    readonly origin: string,
    readonly reason: 'address_not_listed' | 'expired',
  ) {
    super(
      reason === 'address_not_listed'
        ? `The clinic server's certificate does not list the address ${origin}, so nothing was ` +
            'sent to it. Restart the clinic server so it renews its certificate for its current ' +
            'addresses, or connect with the address it prints when it starts.'
        : `The clinic server's certificate at ${origin} has expired, so nothing was sent to it. ` +
            'Restart the clinic server: it renews its certificate when it starts.',
    )
  }
}

/** No answer: the server is off, unreachable, or too slow. Safe to retry later. */
export class ServerUnreachableError extends Error {
  override readonly name = 'ServerUnreachableError'
  constructor(
    readonly origin: string,
    readonly code: string,
  ) {
    super(
      `The clinic server at ${origin} cannot be reached (${code}). Check that it is running and ` +
        'that this computer is on the clinic network; the app keeps retrying.',
    )
  }
}

/** The server's reply was larger than any reply the app sends; it was not read. */
export class ResponseTooLargeError extends Error {
  override readonly name = 'ResponseTooLargeError'
}

/** OpenSSL's and Node's codes for a certificate chain or name that did not verify. */
const CERTIFICATE_ERROR_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'ERROR'
}

function issuedBy(presented: PresentedCertificates, caCertificate: string): boolean {
  try {
    const leaf = new X509Certificate(presented.certificate)
    const ca = new X509Certificate(caCertificate)
    return leaf.checkIssued(ca) && leaf.verify(ca.publicKey)
  } catch {
    return false
  }
}

/** After a refused handshake: looks at what was presented (sending nothing) to say why. */
async function explainRefusal(server: PinnedServer, code: string, timeoutMs: number) {
  let presented: PresentedCertificates
  try {
    presented = await readPresentedCertificates(server.origin, { timeoutMs })
  } catch (error) {
    return new ServerUnreachableError(server.origin, errorCode(error))
  }
  if (!issuedBy(presented, server.caCertificate)) {
    return new CertificateMismatchError(
      server.origin,
      server.caFingerprint,
      presented.caFingerprint ?? presented.fingerprint,
    )
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new ServerCertificateOutdatedError(server.origin, 'address_not_listed')
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return new ServerCertificateOutdatedError(server.origin, 'expired')
  }
  // Issued by the pinned CA yet refused for another reason: still never sent anything.
  return new CertificateMismatchError(server.origin, server.caFingerprint, presented.fingerprint)
}

/** A reply read as it arrives (the live-updates stream), not gathered whole. */
export interface PinnedStream {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: NodeJS.ReadableStream
  /** Ends the connection; nothing more arrives. */
  close(): void
}

/** A live stream sends a heartbeat every 15 s: three missed means the server is gone. */
const STREAM_IDLE_MS = 45_000

export interface PinnedClient {
  readonly server: PinnedServer
  request(request: PinnedRequest): Promise<PinnedResponse>
  /** The same pinned HTTPS, for a reply that never ends (GET /events). */
  openStream(request: PinnedRequest): Promise<PinnedStream>
  /** Closes kept-alive connections. */
  close(): void
}

/**
 * HTTPS to the clinic server, trusting the pinned CA and nothing else (not the system's roots):
 * TLS verifies the chain and the address before a byte of the request leaves, and a server with
 * any other certificate is refused with both fingerprints named. Pure Node, for the desktop
 * shell's main process, so the renderer's CSP can stay `'self'`.
 */
export function createPinnedClient(
  server: PinnedServer,
  options: PinnedClientOptions = {},
): PinnedClient {
  const actual = certificateFingerprint(server.caCertificate)
  if (!sameFingerprint(actual, server.caFingerprint)) {
    throw new Error('The pinned CA certificate does not match the pinned fingerprint')
  }
  const origin = new URL(server.origin)
  if (origin.protocol !== 'https:') throw new Error('The clinic server is reached over HTTPS only')
  const timeoutMs = options.timeoutMs ?? 30_000
  const maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 * 1024
  const agent = new Agent({
    // `ca` replaces the system's trusted roots: only the clinic's CA is trusted.
    ca: server.caCertificate,
    minVersion: 'TLSv1.2',
    keepAlive: true,
    maxSockets: 8,
  })

  function request(pinned: PinnedRequest): Promise<PinnedResponse> {
    return new Promise((resolve, reject) => {
      const body =
        pinned.body === undefined ? undefined : Buffer.from(pinned.body as string | Buffer)
      const outgoing = httpsRequest(
        new URL(pinned.path, origin),
        {
          method: pinned.method,
          agent,
          rejectUnauthorized: true,
          headers: {
            ...pinned.headers,
            ...(body ? { 'content-length': String(body.length) } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = []
          let size = 0
          response.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > maxResponseBytes) {
              response.destroy()
              outgoing.destroy()
              reject(new ResponseTooLargeError('The clinic server sent more than expected.'))
              return
            }
            chunks.push(chunk)
          })
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          )
          response.on('error', (error) =>
            reject(new ServerUnreachableError(server.origin, errorCode(error))),
          )
        },
      )
      outgoing.setTimeout(timeoutMs, () =>
        outgoing.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      )
      outgoing.on('error', (error) => {
        const code = errorCode(error)
        if (CERTIFICATE_ERROR_CODES.has(code)) {
          void explainRefusal(server, code, timeoutMs).then(reject)
        } else {
          reject(new ServerUnreachableError(server.origin, code))
        }
      })
      outgoing.end(body)
    })
  }

  function openStream(pinned: PinnedRequest): Promise<PinnedStream> {
    return new Promise((resolve, reject) => {
      let settled = false
      const outgoing = httpsRequest(
        new URL(pinned.path, origin),
        { method: pinned.method, agent, rejectUnauthorized: true, headers: { ...pinned.headers } },
        (response) => {
          settled = true
          // From here silence, not slowness, is the failure: heartbeats keep the socket busy.
          outgoing.setTimeout(STREAM_IDLE_MS, () => outgoing.destroy())
          response.on('error', () => {})
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: response,
            close: () => {
              response.destroy()
              outgoing.destroy()
            },
          })
        },
      )
      outgoing.setTimeout(timeoutMs, () =>
        outgoing.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      )
      outgoing.on('error', (error) => {
        // After the reply began, the body's end tells the reader; before, this is the answer.
        if (settled) return
        settled = true
        const code = errorCode(error)
        if (CERTIFICATE_ERROR_CODES.has(code)) {
          void explainRefusal(server, code, timeoutMs).then(reject)
        } else {
          reject(new ServerUnreachableError(server.origin, code))
        }
      })
      outgoing.end()
    })
  }

  return { server, request, openStream, close: () => agent.destroy() }
}
