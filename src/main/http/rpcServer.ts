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

export interface RpcServerOptions {
  readonly dispatch: Dispatch
  readonly rendererDir: string
  readonly token: string
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

function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve('too_large')
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
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
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 400, 'bad_request', 'The request could not be read.')
    })
  })

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
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendError(res, 415, 'bad_request', 'Send JSON.')
      }
      const body = await readBody(req)
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
