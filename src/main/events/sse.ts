import type { IncomingMessage, ServerResponse } from 'node:http'
import { STREAM_EVENTS } from '../../shared/events/changeEvent'
import type { ChangeEvent } from '../../shared/events/changeEvent'
import type { RpcError } from '../../shared/contract/errors'
import type { Caller } from '../door/dispatcher'
import type { EventHub } from './eventHub'

/** Proxies and NATs drop a silent connection after a minute or so; a comment keeps it open. */
export const HEARTBEAT_MS = 15_000
/** A handful of tabs or windows per person per workstation; more is a leak or an attack. */
export const MAX_STREAMS_PER_SESSION = 4
/** Every stream of the server at once: bounded like every other thing a client can hold. */
export const MAX_STREAMS = 200
/** How long the browser waits before it reconnects on its own after the stream drops. */
export const RETRY_MS = 2_000
/**
 * Bytes waiting for a client that is not reading. Past this the stream is closed: the client
 * reconnects and catches up from its Last-Event-ID (or reloads), rather than the server
 * holding an ever-growing buffer for it.
 */
export const MAX_BUFFERED_BYTES = 256 * 1024

export interface ServeEventsOptions {
  /** Who is asking, already authenticated by the HTTP layer (its session is `sessionKey`). */
  readonly caller: Caller
  /**
   * Whether the caller's session may still receive events, asked at every event and heartbeat:
   * anything but true (signed out, session ended, workstation revoked, a password to choose
   * first) closes the stream. A stream not yet open is refused with the error given (the one its
   * calls get), or a plain "sign in" for false. A locked screen may keep its stream: events carry
   * ids only, and the calls they prompt wait for the unlock.
   */
  readonly isAllowed: () => boolean | RpcError
  /** Sent with the stream, e.g. the HTTP layer's security headers. */
  readonly headers?: Readonly<Record<string, string>>
  /** Who holds how many streams; share one across all calls of one server (see createStreamLimits). */
  readonly limits: StreamLimits
  readonly heartbeatMs?: number
  readonly retryMs?: number
}

/** Open streams per session and in all, shared by every `serveEvents` call of one server. */
export interface StreamLimits {
  /** Takes a place for `sessionKey`, or says why it cannot. Give it back with `release`. */
  take(sessionKey: string): 'ok' | 'session_full' | 'server_full'
  release(sessionKey: string): void
  open(sessionKey?: string): number
}

export function createStreamLimits(
  perSession = MAX_STREAMS_PER_SESSION,
  total = MAX_STREAMS,
): StreamLimits {
  const bySession = new Map<string, number>()
  let all = 0
  return {
    take(sessionKey) {
      const mine = bySession.get(sessionKey) ?? 0
      if (mine >= perSession) return 'session_full'
      if (all >= total) return 'server_full'
      bySession.set(sessionKey, mine + 1)
      all += 1
      return 'ok'
    },
    release(sessionKey) {
      const mine = bySession.get(sessionKey) ?? 0
      if (mine <= 1) bySession.delete(sessionKey)
      else bySession.set(sessionKey, mine - 1)
      all = Math.max(0, all - 1)
    },
    open: (sessionKey) => (sessionKey === undefined ? all : (bySession.get(sessionKey) ?? 0)),
  }
}

function refuse(
  res: ServerResponse,
  status: number,
  message: string | RpcError,
  headers = {},
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  const error = typeof message === 'string' ? { kind: 'bad_request', message } : message
  res.end(JSON.stringify({ ok: false, error }))
}

/** Where the client says it got to: the `Last-Event-ID` header, or `?lastEventId=` (see below). */
function resumeCursor(req: IncomingMessage): string | null {
  const header = req.headers['last-event-id']
  if (typeof header === 'string' && header.trim() !== '') return header.trim()
  // A client that opens a new EventSource itself (after a refusal) cannot set the header.
  const query = new URL(req.url ?? '/', 'http://events.invalid').searchParams.get('lastEventId')
  return query && query.trim() !== '' ? query.trim() : null
}

/** One server-sent event; `data` is JSON on one line, so no line of it can end the event. */
function frame(name: string, id: string, data: unknown): string {
  return `id: ${id}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`
}

/**
 * `GET /events` for a caller the HTTP layer has authenticated: a server-sent event stream of
 * what changed in the clinic (see src/shared/events/changeEvent.ts). It replays what the
 * client missed since its `Last-Event-ID` then sends `ready` (whose id is the resume point), or
 * sends `reload` when the missed events are no longer kept; then each change as it is published, with a heartbeat comment every 15 s. Everything is released when the client goes.
 */
export function serveEvents(
  req: IncomingMessage,
  res: ServerResponse,
  hub: EventHub,
  options: ServeEventsOptions,
): void {
  const { caller, limits } = options
  if (req.method !== 'GET') {
    refuse(res, 405, 'Use GET for the live updates.', { ...options.headers, Allow: 'GET' })
    return
  }
  const allowed = options.isAllowed()
  if (allowed !== true) {
    refuse(res, 401, allowed || 'Sign in to receive live updates.', options.headers)
    return
  }
  const place = limits.take(caller.sessionKey)
  if (place !== 'ok') {
    refuse(
      res,
      429,
      place === 'session_full'
        ? 'Too many windows of the app are open for this sign-in. Close the ones you do not need; the others keep updating.'
        : 'The clinic server has too many live connections open right now. The app will try again shortly.',
      { ...options.headers, 'Retry-After': '10' },
    )
    return
  }

  res.writeHead(200, {
    ...options.headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Tells a reverse proxy (if a clinic puts one in front) not to hold events back.
    'X-Accel-Buffering': 'no',
  })
  // Small frames, sent at once: the worklist must update within a second.
  req.socket.setNoDelay(true)
  req.socket.setKeepAlive(true)

  let closed = false
  let unsubscribe = (): void => {}
  // Set once the stream is live; `close` may run before that (a client gone mid-replay).
  let heartbeat: ReturnType<typeof setInterval> | undefined = undefined
  const write = (chunk: string): void => {
    if (closed) return
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      close()
      return
    }
    res.write(chunk)
  }
  const stillAllowed = (): boolean => {
    if (options.isAllowed() === true) return true
    close()
    return false
  }

  const send = (event: ChangeEvent): void => {
    write(frame(STREAM_EVENTS.change, hub.cursorOf(event.id), event))
  }
  write(`retry: ${options.retryMs ?? RETRY_MS}\n\n`)
  // Replay and subscribe in one synchronous step: no event can be published in between, so
  // none is missed or sent twice.
  const catchUp = hub.catchUp(resumeCursor(req))
  if (catchUp.kind === 'reload') {
    write(frame(STREAM_EVENTS.reload, hub.latestCursor(), {}))
  } else {
    for (const event of catchUp.events) send(event)
    write(frame(STREAM_EVENTS.ready, hub.latestCursor(), {}))
  }
  if (closed) return
  // Sent just after the call that made them has had its reply written, not before: checking
  // this stream's sign-in and writing to it, for every open worklist, is then never part of
  // the front desk's wait for "Submitted". Events published together go out together, in order.
  let pending: ChangeEvent[] = []
  const flush = (): void => {
    const events = pending
    pending = []
    if (stillAllowed()) for (const event of events) send(event)
  }
  unsubscribe = hub.subscribe((event) => {
    pending.push(event)
    if (pending.length === 1) setImmediate(flush)
  })
  heartbeat = setInterval(() => {
    if (stillAllowed()) write(`: heartbeat\n\n`)
  }, options.heartbeatMs ?? HEARTBEAT_MS)

  function close(): void {
    if (closed) return
    closed = true
    clearInterval(heartbeat)
    unsubscribe()
    limits.release(caller.sessionKey)
    res.end()
  }
  req.on('close', close)
  res.on('close', close)
  res.on('error', close)
}
