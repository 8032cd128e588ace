import { inject } from 'vue'
import type { InjectionKey } from 'vue'
import { ChangeEventSchema, STREAM_EVENTS } from '../../../shared/events/changeEvent'
import type { ChangeEvent } from '../../../shared/events/changeEvent'

/** What the app hears from the server: one change, or "re-fetch everything you show". */
export type LiveMessage =
  { readonly kind: 'change'; readonly event: ChangeEvent } | { readonly kind: 'reload' }

export type LiveListener = (message: LiveMessage) => void

/**
 * Live updates from the server (see src/main/events/sse.ts). Screens listen; the app starts the
 * connection while someone is signed in and stops it at sign-out.
 */
export interface LiveEvents {
  listen(listener: LiveListener): () => void
  start(): void
  stop(): void
}

export const liveEventsKey: InjectionKey<LiveEvents> = Symbol('liveEvents')

/** Listeners only: for a shell with no live transport yet, and for tests (which `emit`). */
export function createLocalLiveEvents(): LiveEvents & { emit(message: LiveMessage): void } {
  const listeners = new Set<LiveListener>()
  return {
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {},
    stop() {},
    emit(message) {
      for (const listener of [...listeners]) listener(message)
    },
  }
}

/** Waits between new connections after the server refused one (signed out, too many windows). */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000]

export interface EventSourceLiveOptions {
  readonly url?: string
  readonly EventSourceImpl?: typeof EventSource
  readonly retryDelaysMs?: readonly number[]
  /**
   * Called when the stream breaks (the server refused it, or does not answer), never twice at
   * once: a screen that only listens (an open worklist) makes no calls of its own, so without
   * one it would look signed in and live while it hears nothing. The app asks the server who
   * is signed in here, which shows the sign-in or the "unreachable" state as it should.
   */
  readonly onLost?: () => Promise<unknown>
}

/**
 * The browser shell's live updates: an EventSource on `/events`, which sends the session cookie
 * and, when the connection drops, reconnects with `Last-Event-ID` by itself. When the server
 * refuses the stream outright the EventSource gives up, so a new one is opened with backoff,
 * carrying the last id in the address (it cannot set the header).
 */
export function createEventSourceLiveEvents(options: EventSourceLiveOptions = {}): LiveEvents {
  const local = createLocalLiveEvents()
  const url = options.url ?? '/events'
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS
  let source: EventSource | null = null
  let lastEventId = ''
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let running = false
  let checking = false

  function reportLost(): void {
    if (!options.onLost || checking) return
    checking = true
    void options.onLost().finally(() => (checking = false))
  }

  function onChange(message: MessageEvent<string>): void {
    if (message.lastEventId) lastEventId = message.lastEventId
    let data: unknown
    try {
      data = JSON.parse(message.data)
    } catch {
      return
    }
    const parsed = ChangeEventSchema.safeParse(data)
    // An event this version does not know (a newer server) is skipped, not guessed at.
    if (parsed.success) local.emit({ kind: 'change', event: parsed.data })
  }

  function onMarker(message: MessageEvent<string>, reload: boolean): void {
    if (message.lastEventId) lastEventId = message.lastEventId
    failures = 0
    if (reload) local.emit({ kind: 'reload' })
  }

  function connect(): void {
    const Impl = options.EventSourceImpl ?? EventSource
    const joiner = url.includes('?') ? '&' : '?'
    const address = lastEventId
      ? `${url}${joiner}lastEventId=${encodeURIComponent(lastEventId)}`
      : url
    const opened = new Impl(address, { withCredentials: true })
    source = opened
    opened.addEventListener(STREAM_EVENTS.change, onChange as EventListener)
    opened.addEventListener(STREAM_EVENTS.ready, ((m: MessageEvent<string>) =>
      onMarker(m, false)) as EventListener)
    opened.addEventListener(STREAM_EVENTS.reload, ((m: MessageEvent<string>) =>
      onMarker(m, true)) as EventListener)
    opened.addEventListener('error', () => {
      if (!running || source !== opened) return
      reportLost()
      // CONNECTING: the browser is retrying on its own. CLOSED: it gave up; try again later.
      if (opened.readyState !== opened.CLOSED) return
      source = null
      const delay = delays[Math.min(failures, delays.length - 1)] ?? 30_000
      failures += 1
      retryTimer = setTimeout(() => {
        retryTimer = null
        if (running) connect()
      }, delay)
    })
  }

  return {
    listen: local.listen,
    start() {
      if (running) return
      running = true
      connect()
    },
    stop() {
      running = false
      if (retryTimer) clearTimeout(retryTimer)
      retryTimer = null
      source?.close()
      source = null
    },
  }
}

const quiet = createLocalLiveEvents()

/** The app's live updates; a quiet stand-in where none were provided. */
export function useLiveEvents(): LiveEvents {
  return inject(liveEventsKey, quiet)
}
