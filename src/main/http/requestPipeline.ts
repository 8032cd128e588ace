import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RpcError } from '../../shared/contract/errors'
import { PAIRING_REQUIRED_HEADER } from '../../shared/workstations/browserPairing'
import type { SessionRegistry, SessionView } from '../auth/sessionRegistry'
import type { Caller, Dispatch } from '../door/dispatcher'
import { streamRefusal } from '../door/sessionRefusal'
import type { EventHub } from '../events/eventHub'
import { serveEvents } from '../events/sse'
import type { StreamLimits } from '../events/sse'
import type { Logger } from '../log'
import { deviceSessionKey } from './deviceSessionKeys'
import { BODY_TIMEOUT_MS, readJsonBody, send, sendError, SECURITY_HEADERS } from './httpReplies'
import type { ExtraHeaders } from './httpReplies'
import {
  DEFAULT_TAB,
  expiredCookie,
  isSessionId,
  newSessionId,
  readCookies,
  sessionCookie,
  sessionCookieName,
  tabOf,
} from './sessionCookies'
import type { CookiePolicy } from './sessionCookies'
import { readStaticFile } from './staticFiles'

/** Which computer a request comes from, as its transport proved it. */
export type DeviceCheck =
  | {
      readonly kind: 'ok'
      readonly workstation: number | 'local'
      readonly shell: 'desktop' | 'browser'
      /**
       * How it was proved: a header only a program (or this app's own page) can send, or a
       * cookie the browser adds by itself; the latter needs the same-origin checks on writes.
       */
      readonly via: 'header' | 'cookie'
      /** Asked again while an event stream stays open: false once revoked. */
      readonly stillValid: () => boolean
    }
  | {
      readonly kind: 'refused'
      readonly status: number
      readonly error: RpcError
      /** Cookies to clear with the refusal (a revoked device's). */
      readonly clearCookies?: readonly string[]
      /** The browser must show the pairing screen (the clinic server's refusals). */
      readonly pairingRequired?: boolean
    }

/** A request the pipeline has checked the Host and origin of, for a transport's own routes. */
export interface PublicRequest {
  readonly req: IncomingMessage
  readonly res: ServerResponse
  readonly url: URL
  /** `scheme://host:port` as the browser addressed this server. */
  readonly origin: string
  readonly cookies: Readonly<Record<string, string | undefined>>
  readonly bodyTimeoutMs: number
}

export interface RequestPipelineOptions {
  readonly dispatch: Dispatch
  /** The open core's session registry (null while the database cannot be opened). */
  readonly sessions: () => SessionRegistry | null
  readonly rendererDir: string
  readonly scheme: 'http' | 'https'
  readonly cookies: CookiePolicy
  /** `host:port` values a request may name: anything else is DNS rebinding or a mistake. */
  readonly allowedHosts: () => readonly string[]
  /** Who the device is: the transport's own proof (launch token, paired credential). */
  readonly identify: (
    req: IncomingMessage,
    cookies: Readonly<Record<string, string | undefined>>,
  ) => DeviceCheck
  /**
   * Routes open before the device is known (the pairing exchange, the launch token, the
   * pairing page's assets). Answers and returns true when it handled the request.
   */
  readonly publicRoutes?: (request: PublicRequest) => boolean | Promise<boolean>
  /** What an unknown device gets for a page (the server's pairing page); else a refusal. */
  readonly unpairedPage?: (
    request: PublicRequest,
    refusal: Extract<DeviceCheck, { kind: 'refused' }>,
  ) => Promise<void>
  /** Live updates at `GET /events` (see src/main/events/sse.ts). */
  readonly events?: {
    readonly hub: () => EventHub | null
    readonly limits: StreamLimits
  }
  readonly bodyTimeoutMs?: number
  readonly log?: Logger
}

const FORBIDDEN_ORIGIN: RpcError = {
  kind: 'forbidden',
  message:
    'This request came from another website or page and was refused. Open the app from its own address and try again.',
}

/** The session key part of a program's calls (see sessionOf). */
const PROGRAM_SESSION = 'program'

/** Calls that prove who someone is: each one moves the session to a new id. */
const SIGN_IN_CHANNELS: ReadonlySet<string> = new Set([
  'auth.signIn',
  'auth.setupAdmin',
  'auth.unlock',
])

const FORBIDDEN_HOST: RpcError = { kind: 'forbidden', message: 'This address is not allowed.' }

/**
 * A write (anything but GET and HEAD) must come from this server's own pages: `Origin`, when
 * sent, equal to this server's origin, and `Sec-Fetch-Site`, when sent, `same-origin` or `none`.
 * A browser sends both on every such request, so one authenticated by cookie must carry `Origin`;
 * a program authenticated by a header (which no other site can make a browser send) may omit
 * them.
 */
function originAllowed(req: IncomingMessage, origin: string, needsOrigin: boolean): boolean {
  const sentOrigin = req.headers.origin
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false
  if (sentOrigin === undefined) return !needsOrigin
  return sentOrigin === origin
}

/** Anything that may change something; OPTIONS is answered 405 and never reaches the door. */
function isWrite(req: IncomingMessage): boolean {
  return req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS'
}

/**
 * One request pipeline for both HTTP hosts of the core: the loopback browser shell and the clinic
 * server. Same routing (`POST /rpc/<channel>`, `GET /events`, the renderer's files), limits,
 * security headers and session cookies; they differ only in `identify` (launch token or paired
 * credential), the Host names allowed, and their public routes. A request that cannot be read
 * is answered, never thrown: one misbehaving client never stops the process.
 */
export function createRequestPipeline(
  options: RequestPipelineOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const bodyTimeoutMs = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS
  const policy = options.cookies

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    if (!options.allowedHosts().includes(host.toLowerCase())) {
      return sendError(res, 403, FORBIDDEN_HOST)
    }
    const origin = `${options.scheme}://${host.toLowerCase()}`
    const url = new URL(req.url ?? '/', origin)
    const cookies = readCookies(req)
    const request: PublicRequest = { req, res, url, origin, cookies, bodyTimeoutMs }

    // Checked before any route, public ones included: no other site may post to this one.
    if (isWrite(req) && !originAllowed(req, origin, false)) {
      return sendError(res, 403, FORBIDDEN_ORIGIN)
    }
    if (options.publicRoutes && (await options.publicRoutes(request))) return

    const device = options.identify(req, cookies)
    const isCall = url.pathname.startsWith('/rpc/') || url.pathname === '/events'
    if (device.kind === 'refused') {
      const cleared = (device.clearCookies ?? []).map((name) => expiredCookie(policy, name))
      const extra: ExtraHeaders = {
        ...(cleared.length ? { 'Set-Cookie': cleared } : {}),
        ...(device.pairingRequired ? { [PAIRING_REQUIRED_HEADER]: 'required' } : {}),
      }
      if (!isCall && options.unpairedPage && !isWrite(req)) {
        if (cleared.length) res.setHeader('Set-Cookie', cleared)
        return options.unpairedPage(request, device)
      }
      return sendError(res, device.status, device.error, extra)
    }
    if (isWrite(req) && !originAllowed(req, origin, device.via === 'cookie')) {
      return sendError(res, 403, FORBIDDEN_ORIGIN)
    }

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST')
        return sendError(res, 405, { kind: 'bad_request', message: 'Use POST.' })
      return call(request, device)
    }
    if (url.pathname === '/events' && options.events) return events(request, device)

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, { kind: 'bad_request', message: 'Not allowed.' })
    }
    const file = await readStaticFile(options.rendererDir, url.pathname)
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8')
    send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : file.body, file.contentType)
  }

  /** This tab's session on this device: its cookie's id, or a new id nobody is signed in to. */
  function sessionOf(request: PublicRequest, device: Extract<DeviceCheck, { kind: 'ok' }>) {
    const tab = tabOf(request.req, request.url)
    const cookieName = sessionCookieName(policy, tab)
    const presented = request.cookies[cookieName]
    const id = isSessionId(presented) ? presented : null
    // The device is part of the key: a session id carried to another computer finds nothing.
    const keyOf = (sessionId: string) => deviceSessionKey(device.workstation, sessionId)
    // A program that proves the device with a header (launch token, workstation credential)
    // and keeps no cookies and names no tab has one session per device, as a desktop window
    // does. A browser page never gets here: it always names its tab and proves the device by
    // cookie, so its sign-ins stay per tab.
    const program = device.via === 'header' && tab === DEFAULT_TAB && presented === undefined
    return {
      tab,
      cookieName,
      program,
      hadCookie: presented !== undefined,
      keyOf,
      key: program ? keyOf(PROGRAM_SESSION) : keyOf(id ?? newSessionId()),
    }
  }

  async function call(request: PublicRequest, device: Extract<DeviceCheck, { kind: 'ok' }>) {
    const { req, res, url } = request
    const body = await readJsonBody(req, res, bodyTimeoutMs)
    if (!body) return
    const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length))
    const session = sessionOf(request, device)
    const caller: Caller = {
      shell: device.shell,
      sessionKey: session.key,
      workstation: device.workstation,
    }
    const before = options.sessions()?.peek(session.key) ?? { state: 'signed_out' as const }
    const result = await options.dispatch(channel, body.payload, caller)
    const cookies = afterCall(session, before, result.ok && SIGN_IN_CHANNELS.has(channel))
    send(
      res,
      200,
      JSON.stringify(result),
      'application/json; charset=utf-8',
      cookies.length ? { 'Set-Cookie': cookies } : {},
    )
  }

  /**
   * Rotation: whenever a call gives a session a user it did not have (a sign-in, an unlock, a
   * first-run setup, someone else signing in at a locked screen), the session moves to a new id
   * and the old id dies, so an id seen before the sign-in is worth nothing after it. A session
   * that ended (sign-out, disabled account) has its cookie cleared.
   */
  function afterCall(
    session: ReturnType<typeof sessionOf>,
    before: SessionView,
    signedIn: boolean,
  ): string[] {
    const sessions = options.sessions()
    if (!sessions || session.program) return []
    const after = sessions.peek(session.key)
    const gained =
      after.state === 'active' && (before.state !== 'active' || before.user.id !== after.user.id)
    if (after.state === 'active' && (gained || signedIn)) {
      const id = newSessionId()
      sessions.signIn(session.keyOf(id), after.user.id)
      sessions.signOut(session.key)
      return [sessionCookie(policy, session.tab, id)]
    }
    if (after.state === 'signed_out' && session.hadCookie) {
      return [expiredCookie(policy, session.cookieName)]
    }
    return []
  }

  function events(request: PublicRequest, device: Extract<DeviceCheck, { kind: 'ok' }>): void {
    const hub = options.events?.hub()
    if (!options.events || !hub) {
      return sendError(request.res, 503, {
        kind: 'internal',
        message: 'Live updates are not available while the database is unavailable.',
        ref: 'events',
      })
    }
    const session = sessionOf(request, device)
    serveEvents(request.req, request.res, hub, {
      caller: { shell: device.shell, sessionKey: session.key, workstation: device.workstation },
      limits: options.events.limits,
      headers: SECURITY_HEADERS,
      // Refused as its calls are: signed out (and why, when the server ended it), or a password
      // to choose first. The renderer opens the stream again once the person may use the app.
      isAllowed: () => {
        if (!device.stillValid()) return false
        const sessions = options.sessions()
        return (sessions && streamRefusal(sessions.peek(session.key))) ?? true
      },
    })
  }

  return (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.log?.error('http.request_failed', error)
      if (!res.headersSent) {
        sendError(res, 400, { kind: 'bad_request', message: 'The request could not be read.' })
      } else {
        res.destroy()
      }
    })
  }
}
