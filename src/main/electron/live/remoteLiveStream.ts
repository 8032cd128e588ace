import { createParser } from 'eventsource-parser'
import { ChangeEventSchema, STREAM_EVENTS } from '../../../shared/events/changeEvent'
import type { LiveMessage } from '../../../shared/events/liveBridge'
import { WORKSTATION_CREDENTIAL_HEADER } from '../../../shared/workstations/workstation'
import { TAB_HEADER } from '../../http/sessionCookies'
import type { Logger } from '../../log'
import type { PinnedClient } from '../../server/pinnedClient'
import type { CookieJars } from '../connection/cookieJars'

/** Waits before each new try after the stream dropped or was refused, longest last (repeated). */
export const RECONNECT_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const

export interface RemoteLiveStreamOptions {
  readonly client: Pick<PinnedClient, 'openStream' | 'server'>
  readonly credential: string
  readonly cookies: Pick<CookieJars, 'tabOf' | 'cookieHeader'>
  /** The window whose sign-in the stream belongs to (its tab id and session cookie). */
  readonly windowKey: string
  readonly deliver: (message: LiveMessage) => void
  readonly log: Logger
  readonly delaysMs?: readonly number[]
}

/**
 * A paired window's live updates: the clinic server's `GET /events` over the pinned HTTPS
 * client, with the device credential and the window's own tab id and session cookie, so the
 * server sends it only what its signed-in person may see. When the stream drops or is refused
 * (the server restarted, the network went, not signed in yet) it tries again with backoff,
 * naming the last event it got (`Last-Event-ID`) so the server replays what was missed, or says
 * to reload. Each break is also passed on as `lost`. Returns the function that stops it for
 * good.
 */
export function openRemoteLiveStream(options: RemoteLiveStreamOptions): () => void {
  const { client, cookies, windowKey, deliver, log } = options
  const delays = options.delaysMs ?? RECONNECT_DELAYS_MS
  const path = '/events'
  const url = new URL(path, client.server.origin).href
  let stopped = false
  let lastEventId: string | null = null
  let failures = 0
  let closeCurrent: (() => void) | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null

  function onEvent(name: string | undefined, id: string | undefined, data: string): void {
    if (id) lastEventId = id
    if (name === STREAM_EVENTS.ready) {
      failures = 0
    } else if (name === STREAM_EVENTS.reload) {
      failures = 0
      deliver({ kind: 'reload' })
    } else if (name === STREAM_EVENTS.change) {
      let json: unknown
      try {
        json = JSON.parse(data)
      } catch {
        return
      }
      const parsed = ChangeEventSchema.safeParse(json)
      // An event this version does not know (a newer server) is skipped, not guessed at.
      if (parsed.success) deliver({ kind: 'change', event: parsed.data })
    }
  }

  function retryLater(): void {
    closeCurrent = null
    if (stopped || retryTimer) return
    // The window asks the server who is signed in (as the browser's stream does on an error):
    // after a restart its session is gone, and an open worklist must show the sign-in, not
    // stay deaf while it looks signed in.
    deliver({ kind: 'lost' })
    const delay = delays[Math.min(failures, delays.length - 1)] ?? 30_000
    failures += 1
    retryTimer = setTimeout(() => {
      retryTimer = null
      void connect()
    }, delay)
  }

  async function connect(): Promise<void> {
    if (stopped) return
    try {
      const cookie = await cookies.cookieHeader(windowKey, url)
      const stream = await client.openStream({
        method: 'GET',
        path,
        headers: {
          accept: 'text/event-stream',
          [WORKSTATION_CREDENTIAL_HEADER]: options.credential,
          [TAB_HEADER]: cookies.tabOf(windowKey),
          ...(cookie ? { cookie } : {}),
          ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
        },
      })
      if (stopped) {
        stream.close()
        return
      }
      if (stream.status !== 200) {
        // Refused (signed out, revoked, too many windows): its body is a short error, not events.
        log.info('live.stream_refused', { status: stream.status })
        stream.close()
        retryLater()
        return
      }
      closeCurrent = stream.close
      const parser = createParser({ onEvent: (e) => onEvent(e.event, e.id, e.data) })
      // Decoded as a whole: a character split between two chunks stays whole.
      stream.body.setEncoding('utf8')
      stream.body.on('data', (chunk: string) => parser.feed(chunk))
      stream.body.on('close', () => {
        if (closeCurrent === stream.close) retryLater()
      })
    } catch (error) {
      log.info('live.stream_unreachable', {
        reason: error instanceof Error ? error.name : 'unknown',
      })
      retryLater()
    }
  }

  void connect()
  return () => {
    stopped = true
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = null
    const close = closeCurrent
    closeCurrent = null
    close?.()
  }
}
