import { createServer } from 'node:https'
import type { Server } from 'node:https'
import type { IncomingMessage } from 'node:http'
import type { RpcError } from '../../../shared/contract/errors'
import {
  PAIRING_PATH,
  WORKSTATION_CREDENTIAL_HEADER,
} from '../../../shared/workstations/workstation'
import { PAIRING_REQUIRED_HEADER } from '../../../shared/workstations/browserPairing'
import type { BrowserPairingResponse } from '../../../shared/workstations/browserPairing'
import type { CoreHost } from '../../host/coreHost'
import { createStreamLimits } from '../../events/sse'
import type { Logger } from '../../log'
import { readJsonBody, send, sendError, sendJson } from '../../http/httpReplies'
import { createRequestPipeline } from '../../http/requestPipeline'
import type { DeviceCheck, PublicRequest } from '../../http/requestPipeline'
import { applyServerLimits } from '../../http/rpcServer'
import { deviceCookie, deviceCookieName } from '../../http/sessionCookies'
import type { CookiePolicy } from '../../http/sessionCookies'
import { readStaticFile } from '../../http/staticFiles'
import { createPairingExchange } from '../pairing/pairingExchange'
import { tlsServerOptions } from '../tls/serverTls'
import type { ServerTls } from '../tls/serverTls'
import { createPairingAttempts, tooManyPairingAttemptsMessage } from './pairingAttempts'
import type { PairingAttemptLimit } from './pairingAttempts'
import { PAIRING_PAGE, pairingPageFiles } from './pairingPage'

/** HTTPS only: `__Host-` cookies with `Secure` (see sessionCookies.ts). */
const SERVER_COOKIES: CookiePolicy = { secure: true }

export interface ClinicServerOptions {
  readonly host: Pick<CoreHost, 'dispatch' | 'core'>
  readonly tls: ServerTls
  readonly rendererDir: string
  readonly log: Logger
  /** Tests shorten the body timeout. */
  readonly bodyTimeoutMs?: number
  /** Pairing tries per address (default 10 per 10 minutes; the benchmark pairs 20 at once). */
  readonly pairingLimit?: PairingAttemptLimit
}

const NOT_PAIRED: RpcError = {
  kind: 'unauthenticated',
  reason: 'workstation_not_paired',
  message:
    'This computer is not paired with the clinic server. Pair it with a pairing code from your administrator.',
}

const REVOKED: RpcError = {
  kind: 'unauthenticated',
  reason: 'workstation_revoked',
  message:
    "This computer's pairing with the clinic server was withdrawn by an administrator, so it can no longer reach the clinic's data. Ask your administrator for a new pairing code to pair it again.",
}

const DATABASE_UNAVAILABLE: RpcError = {
  kind: 'internal',
  ref: 'database',
  message:
    'The clinic server cannot open its database, so no computer can reach the data. Tell your administrator: the clinic server shows what to do.',
}

/** `host:port` for every name and address in the certificate (and bare, on port 443). */
function hostsFor(tls: ServerTls, port: number): string[] {
  const names = [
    ...tls.names.dnsNames,
    ...tls.names.ipAddresses.map((ip) => (ip.includes(':') ? `[${ip}]` : ip)),
  ]
  return names.flatMap((name) => {
    const lower = name.toLowerCase()
    return port === 443 ? [`${lower}:443`, lower] : [`${lower}:${port}`]
  })
}

/**
 * The clinic server's HTTPS listener (TLS 1.2 or later only; a plain-HTTP request to its port
 * fails the handshake and is never served). The same request pipeline as the browser shell;
 * a device proves itself with its paired credential: the `x-clinic-workstation` header (the
 * desktop shell's main process) or the `__Host-clinic-device` cookie (a browser). Without one,
 * a browser gets the pairing page and its assets, and `POST /pairing`; nothing else.
 */
export function createClinicServer(options: ClinicServerOptions): Server {
  const { host, tls, log } = options
  const deviceName = deviceCookieName(SERVER_COOKIES)
  const publicFiles = pairingPageFiles(options.rendererDir)
  const pairingAttempts = createPairingAttempts(options.pairingLimit)
  let server: Server | null = null

  const allowedHosts = () => {
    const address = server?.address()
    const port = typeof address === 'object' && address ? address.port : 0
    return hostsFor(tls, port)
  }

  const identify = (
    req: IncomingMessage,
    cookies: Readonly<Record<string, string | undefined>>,
  ): DeviceCheck => {
    const header = req.headers[WORKSTATION_CREDENTIAL_HEADER]
    const via = typeof header === 'string' ? 'header' : 'cookie'
    const credential = typeof header === 'string' ? header : cookies[deviceName]
    const core = host.core()
    if (!core) return { kind: 'refused', status: 503, error: DATABASE_UNAVAILABLE }
    if (!credential) {
      return { kind: 'refused', status: 401, error: NOT_PAIRED, pairingRequired: true }
    }
    const check = core.workstations.verifyCredential(credential)
    if (!check.ok) {
      return {
        kind: 'refused',
        status: 401,
        error: check.reason === 'revoked' ? REVOKED : NOT_PAIRED,
        pairingRequired: true,
        // A browser forgets a credential that no longer works, and shows the pairing page.
        clearCookies: via === 'cookie' ? [deviceName] : [],
      }
    }
    return {
      kind: 'ok',
      workstation: check.workstation.id,
      shell: via === 'header' ? 'desktop' : 'browser',
      via,
      stillValid: () => host.core()?.workstations.verifyCredential(credential).ok === true,
    }
  }

  /** `POST /pairing`: a code and a name for a credential (see pairingExchange.ts). */
  async function pair(request: PublicRequest): Promise<void> {
    const { req, res } = request
    if (req.method !== 'POST') {
      return sendError(res, 405, { kind: 'bad_request', message: 'Use POST.' })
    }
    // Every try counts, right or wrong, before anything is read: guessing codes stays slow.
    const attempt = await pairingAttempts.take(req.socket.remoteAddress ?? 'unknown')
    if (!attempt.ok) {
      log.info('pairing.rate_limited', { retryAfterSeconds: attempt.retryAfterSeconds })
      return sendError(
        res,
        429,
        {
          kind: 'forbidden',
          message: tooManyPairingAttemptsMessage(attempt.retryAfterSeconds),
          code: 'pairing_rate_limited',
          params: { count: Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60)) },
        },
        { 'Retry-After': String(attempt.retryAfterSeconds) },
      )
    }
    const core = host.core()
    if (!core) return sendError(res, 503, DATABASE_UNAVAILABLE)
    const body = await readJsonBody(req, res, request.bodyTimeoutMs)
    if (!body) return
    // A browser always sends one of these with a POST; the desktop app's main process neither.
    const fromBrowser =
      req.headers.origin !== undefined || req.headers['sec-fetch-site'] !== undefined
    const exchange = createPairingExchange({
      db: core.db,
      pairing: core.workstations,
      ca: { certificate: tls.caCertificate, fingerprint: tls.caFingerprint },
      audit: core.audit,
      log,
    })
    const result = exchange(body.payload, { shell: fromBrowser ? 'browser' : 'desktop' })
    if (!result.ok || !fromBrowser) return sendJson(res, 200, result)
    // The browser keeps the credential as an HttpOnly cookie; its page never sees it.
    const value: BrowserPairingResponse = {
      workstationId: result.value.workstationId,
      caFingerprint: result.value.caFingerprint,
    }
    sendJson(
      res,
      200,
      { ok: true, value },
      { 'Set-Cookie': [deviceCookie(SERVER_COOKIES, result.value.credential)] },
    )
  }

  const pipeline = createRequestPipeline({
    dispatch: host.dispatch,
    sessions: () => host.core()?.sessions ?? null,
    rendererDir: options.rendererDir,
    scheme: 'https',
    cookies: SERVER_COOKIES,
    allowedHosts,
    identify,
    log,
    events: { hub: () => host.core()?.events ?? null, limits: createStreamLimits() },
    ...(options.bodyTimeoutMs !== undefined ? { bodyTimeoutMs: options.bodyTimeoutMs } : {}),
    publicRoutes: async (request) => {
      if (request.url.pathname === PAIRING_PATH) {
        await pair(request)
        return true
      }
      const { req, res, url } = request
      if ((req.method === 'GET' || req.method === 'HEAD') && publicFiles.has(url.pathname)) {
        const file = await readStaticFile(options.rendererDir, url.pathname)
        if (!file) return false
        send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : file.body, file.contentType)
        return true
      }
      return false
    },
    unpairedPage: async ({ res, url }, refusal) => {
      // A page (a navigation) gets the pairing page; a file of the app, a refusal.
      const isPage = !/\.[A-Za-z0-9]+$/.test(url.pathname) || url.pathname.endsWith('.html')
      const page = isPage ? await readStaticFile(options.rendererDir, `/${PAIRING_PAGE}`) : null
      if (!page || refusal.status !== 401) {
        return sendError(res, refusal.status, refusal.error, {
          [PAIRING_REQUIRED_HEADER]: 'required',
        })
      }
      send(res, 200, page.body, page.contentType)
    },
  })

  server = createServer({ ...tlsServerOptions(tls) }, pipeline)
  applyServerLimits(server)
  return server
}
