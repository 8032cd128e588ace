import { createServer } from 'node:http'
import type { IncomingMessage, Server } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { SessionRegistry } from '../auth/sessionRegistry'
import type { Dispatch } from '../door/dispatcher'
import type { EventHub } from '../events/eventHub'
import { createStreamLimits } from '../events/sse'
import type { Logger } from '../log'
import { send } from './httpReplies'
import { createRequestPipeline } from './requestPipeline'
import type { DeviceCheck } from './requestPipeline'
import { deviceCookie, deviceCookieName } from './sessionCookies'
import type { CookiePolicy } from './sessionCookies'

export { BODY_TIMEOUT_MS, isJsonContentType, MAX_BODY_BYTES } from './httpReplies'

/** Headers must arrive within this, and the whole request within REQUEST_TIMEOUT_MS. */
export const HEADERS_TIMEOUT_MS = 10_000
export const REQUEST_TIMEOUT_MS = 30_000
/** Open connections at once: a few browser tabs need a handful; the rest wait or are refused. */
export const MAX_CONNECTIONS = 64

export interface RpcServerOptions {
  readonly dispatch: Dispatch
  /** The open core's sessions, to rotate a session's id at sign-in (null: no database). */
  readonly sessions: () => SessionRegistry | null
  /** Live updates at GET /events; absent, there are none. */
  readonly events?: () => EventHub | null
  readonly rendererDir: string
  readonly token: string
  /** Tests shorten the body timeout. */
  readonly bodyTimeoutMs?: number
  readonly log?: Logger
}

/** Plain HTTP on loopback: a `Secure` cookie would be dropped (see sessionCookies.ts). */
const LOOPBACK_COOKIES: CookiePolicy = { secure: false }

const NOT_OPENED_FROM_ADDRESS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clinic Intake</title></head>
<body><main><h1>Open Clinic Intake from its address</h1>
<p>This page was not opened from the address the app printed when it started, so it cannot
reach your data. Open that address (it ends with <code>?token=</code> and a long code) in this
browser. If you no longer have it, stop the app and start it again: it prints a new one.</p>
</main></body></html>
`

/** Bounds on what a client can make a server hold (see CLINIC-NETWORK.md). */
export function applyServerLimits(server: {
  headersTimeout: number
  requestTimeout: number
  maxConnections: number
}): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS
  server.requestTimeout = REQUEST_TIMEOUT_MS
  server.maxConnections = MAX_CONNECTIONS
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The browser shell's transport: the renderer's files, `POST /rpc/<channel>` and `GET /events`,
 * for this machine only. The Host check defeats DNS rebinding. The launch token only opens the
 * door: the address the shell prints carries it once, and the first page load exchanges it for
 * this launch's device cookie (HttpOnly), then drops it from the address. It is not a sign-in:
 * each tab signs in on its own (see sessionCookies.ts), as on the clinic server. A program may
 * still send the token as `Authorization: Bearer` instead of the cookie.
 */
export function createRpcServer(options: RpcServerOptions): Server {
  // One per launch, never the token itself: the token may be seen (printed, in a history), the
  // cookie stays in the browser's cookie store.
  const deviceSecret = randomBytes(32).toString('base64url')
  const deviceName = deviceCookieName(LOOPBACK_COOKIES)
  let server: Server | null = null

  const allowedHosts = () => {
    const address = server?.address()
    const port = typeof address === 'object' && address ? address.port : 0
    return [`127.0.0.1:${port}`, `localhost:${port}`]
  }

  const local = (via: 'header' | 'cookie'): DeviceCheck => ({
    kind: 'ok',
    workstation: 'local',
    shell: 'browser',
    via,
    stillValid: () => true,
  })

  const identify = (
    req: IncomingMessage,
    cookies: Readonly<Record<string, string | undefined>>,
  ): DeviceCheck => {
    const header = req.headers.authorization
    if (header?.startsWith('Bearer ') && sameSecret(header.slice(7), options.token)) {
      return local('header')
    }
    const cookie = cookies[deviceName]
    if (cookie && sameSecret(cookie, deviceSecret)) return local('cookie')
    return {
      kind: 'refused',
      status: 401,
      error: {
        kind: 'unauthenticated',
        message:
          'This page was not opened from the address the app printed when it started. Open that address (it ends with ?token=…) in this browser.',
      },
    }
  }

  const pipeline = createRequestPipeline({
    dispatch: options.dispatch,
    sessions: options.sessions,
    rendererDir: options.rendererDir,
    scheme: 'http',
    cookies: LOOPBACK_COOKIES,
    allowedHosts,
    identify,
    ...(options.bodyTimeoutMs !== undefined ? { bodyTimeoutMs: options.bodyTimeoutMs } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.events ? { events: { hub: options.events, limits: createStreamLimits() } } : {}),
    // A page opened without the token (a bookmark, a typed address): say where to go.
    unpairedPage: async ({ res }) => {
      send(res, 401, NOT_OPENED_FROM_ADDRESS_PAGE, 'text/html; charset=utf-8')
    },
    // `GET /?token=…`: the launch token, exchanged for the device cookie and taken out of the
    // address (so it is not bookmarked), then the page loads as usual.
    publicRoutes: ({ req, res, url }) => {
      const token = url.searchParams.get('token')
      if (req.method !== 'GET' || token === null) return false
      if (!sameSecret(token, options.token)) return false
      url.searchParams.delete('token')
      send(res, 303, '', 'text/plain; charset=utf-8', {
        'Set-Cookie': [deviceCookie(LOOPBACK_COOKIES, deviceSecret)],
        Location: url.pathname + url.search,
      })
      return true
    },
  })
  server = createServer(pipeline)
  applyServerLimits(server)
  return server
}
