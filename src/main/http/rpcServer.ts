import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import type { RpcResult } from '../../shared/contract/errors'
import type { Caller, Dispatch } from '../door/dispatcher'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'
import { readStaticFile } from './staticFiles'

/** Larger than any valid call (a full intake with every free-text box at its limit). */
export const MAX_BODY_BYTES = 1024 * 1024

/** The browser shell's one sign-in session (see createRpcServer). */
export const BROWSER_SESSION_KEY = 'browser-launch'

/**
 * How long a request body may take to arrive in full. A real call's body is sent at once; one
 * that trickles in (slow-loris) would hold a connection, so it is cut off.
 */
export const BODY_TIMEOUT_MS = 5_000
/** Headers must arrive within this, and the whole request within REQUEST_TIMEOUT_MS. */
export const HEADERS_TIMEOUT_MS = 10_000
export const REQUEST_TIMEOUT_MS = 30_000
/** Open connections at once: a few browser tabs need a handful; the rest wait or are refused. */
export const MAX_CONNECTIONS = 64

export interface RpcServerOptions {
  readonly dispatch: Dispatch
  readonly rendererDir: string
  readonly token: string
  /** Tests shorten the body timeout. */
  readonly bodyTimeoutMs?: number
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  // Never any Access-Control-* header: other origins must not read these replies.
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')
}

function sendError(
  res: ServerResponse,
  status: number,
  kind: 'unauthenticated' | 'forbidden' | 'bad_request',
  message: string,
): void {
  const result: RpcResult<never> = { ok: false, error: { kind, message } }
  sendJson(res, status, result)
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '')
  const expected = Buffer.from(token)
  return presented.length === expected.length && timingSafeEqual(presented, expected)
}

/** Exactly `application/json`, optionally with `; charset=utf-8`: nothing that only starts so. */
export function isJsonContentType(header: string | undefined): boolean {
  const [type, ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase())
  if (type !== 'application/json') return false
  return parameters.every((parameter) => parameter.replace(/\s*=\s*/, '=') === 'charset=utf-8')
}

function readBody(
  req: IncomingMessage,
  timeoutMs: number,
): Promise<Buffer | 'too_large' | 'too_slow'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const timer = setTimeout(() => resolve('too_slow'), timeoutMs)
    const settle = (value: Buffer | 'too_large') => {
      clearTimeout(timer)
      resolve(value)
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        settle('too_large')
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => settle(Buffer.concat(chunks)))
    req.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

/**
 * The browser shell's transport: the renderer's files and `POST /rpc/<channel>`, for this
 * machine only. The Host check defeats DNS rebinding; the bearer token keeps other local
 * programs and web pages out.
 */
export function createRpcServer(options: RpcServerOptions): Server {
  // One launch, one token, one sign-in session: the token is what ties calls to the signed-in
  // user, so every tab opened from this launch's address shares it (like one desktop window).
  const caller: Caller = { shell: 'browser', sessionKey: BROWSER_SESSION_KEY }
  const bodyTimeoutMs = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 400, 'bad_request', 'The request could not be read.')
    })
  })
  // Bounds on what a client can make the server hold (see CLINIC-NETWORK.md).
  server.headersTimeout = HEADERS_TIMEOUT_MS
  server.requestTimeout = REQUEST_TIMEOUT_MS
  server.maxConnections = MAX_CONNECTIONS

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      return sendError(res, 403, 'forbidden', 'This address is not allowed.')
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return sendError(res, 405, 'bad_request', 'Use POST.')
      if (!tokenMatches(req.headers.authorization, options.token)) {
        return sendError(res, 401, 'unauthenticated', 'Open the app from the address it printed.')
      }
      if (!isJsonContentType(req.headers['content-type'])) {
        return sendError(res, 415, 'bad_request', 'Send JSON.')
      }
      const body = await readBody(req, bodyTimeoutMs)
      if (body === 'too_slow') {
        // Closes the connection too: the rest of a trickling body is not waited for.
        res.setHeader('Connection', 'close')
        sendError(res, 408, 'bad_request', 'The request took too long to arrive. Try again.')
        req.socket.destroySoon()
        return
      }
      if (body === 'too_large') {
        return sendError(res, 413, 'bad_request', 'This is too much text to save at once.')
      }
      let payload: unknown
      try {
        payload = body.length ? JSON.parse(body.toString('utf8')) : undefined
      } catch {
        return sendError(res, 400, 'bad_request', 'The request was not valid JSON.')
      }
      const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length))
      return sendJson(res, 200, await options.dispatch(channel, payload, caller))
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, 'bad_request', 'Not allowed.')
    }
    const file = await readStaticFile(options.rendererDir, url.pathname)
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8')
    send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : file.body, file.contentType)
  }

  return server
}
