import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RpcError, RpcResult } from '../../shared/contract/errors'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'

/** Larger than any valid call (a full intake with every free-text box at its limit). */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * How long a request body may take to arrive in full. A real call's body is sent at once; one
 * that trickles in (slow-loris) would hold a connection, so it is cut off.
 */
export const BODY_TIMEOUT_MS = 5_000

/** Sent with every reply of both the browser shell and the clinic server. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

/** Extra headers for one reply, e.g. `Set-Cookie` (several) or `Location`. */
export type ExtraHeaders = Readonly<Record<string, string | readonly string[]>>

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: ExtraHeaders = {},
): void {
  // Never any Access-Control-* header: other origins must not read these replies.
  res.writeHead(status, { ...SECURITY_HEADERS, ...extra, 'Content-Type': type })
  res.end(body)
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  extra: ExtraHeaders = {},
): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra)
}

export function sendError(
  res: ServerResponse,
  status: number,
  error: RpcError,
  extra: ExtraHeaders = {},
): void {
  const result: RpcResult<never> = { ok: false, error }
  sendJson(res, status, result, extra)
}

/** Exactly `application/json`, optionally with `; charset=utf-8`: nothing that only starts so. */
export function isJsonContentType(header: string | undefined): boolean {
  const [type, ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase())
  if (type !== 'application/json') return false
  return parameters.every((parameter) => parameter.replace(/\s*=\s*/, '=') === 'charset=utf-8')
}

/** The body in full, or why it was not read: bigger than any call, or too slow to arrive. */
export function readBody(
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
 * A JSON body read within the limits, or the reply already sent about why not (the caller then
 * stops). Bad input is answered, never thrown: a misbehaving client cannot end the process.
 */
export async function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  timeoutMs: number,
): Promise<{ readonly payload: unknown } | null> {
  if (!isJsonContentType(req.headers['content-type'])) {
    sendError(res, 415, { kind: 'bad_request', message: 'Send JSON.' })
    return null
  }
  const body = await readBody(req, timeoutMs)
  if (body === 'too_slow') {
    // Closes the connection too: the rest of a trickling body is not waited for.
    res.setHeader('Connection', 'close')
    sendError(res, 408, {
      kind: 'bad_request',
      message: 'The request took too long to arrive. Try again.',
    })
    req.socket.destroySoon()
    return null
  }
  if (body === 'too_large') {
    sendError(res, 413, { kind: 'bad_request', message: 'This is too much text to save at once.' })
    return null
  }
  try {
    return { payload: body.length ? (JSON.parse(body.toString('utf8')) as unknown) : undefined }
  } catch {
    sendError(res, 400, { kind: 'bad_request', message: 'The request was not valid JSON.' })
    return null
  }
}
