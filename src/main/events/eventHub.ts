import { randomBytes } from 'node:crypto'
import type { Change, ChangeEvent } from '../../shared/events/changeEvent'

/** Enough for a workstation that lost the network for a few minutes in a busy clinic. */
export const DEFAULT_RING_SIZE = 1000

/** What a reconnecting workstation gets: the events it missed, or word to re-fetch everything. */
export type CatchUp =
  { readonly kind: 'events'; readonly events: readonly ChangeEvent[] } | { readonly kind: 'reload' }

export type ChangeListener = (event: ChangeEvent) => void

/**
 * The in-memory event hub of one server process. Events are numbered 1, 2, 3… and the last
 * `ringSize` are kept so a workstation that reconnects with `Last-Event-ID` catches up on what it
 * missed. Cursors (the SSE ids) carry this process's `epoch` too: after a restart the numbers
 * begin again, and a cursor from before must mean "reload", never "you missed nothing".
 */
export interface EventHub {
  readonly epoch: string
  /** Numbers and stamps a committed change and hands it to every subscriber. */
  publish(change: Change): ChangeEvent
  subscribe(listener: ChangeListener): () => void
  /** What followed `cursor` (null: a first connection, nothing to replay). */
  catchUp(cursor: string | null): CatchUp
  /** The cursor of an event, as sent in the SSE `id:` field. */
  cursorOf(id: number): string
  /** The cursor of the newest event (id 0 before any): where a new connection starts. */
  latestCursor(): string
  /** Live subscribers (streams), for tests and the benchmark. */
  subscriberCount(): number
}

export interface EventHubOptions {
  readonly ringSize?: number
  readonly now?: () => Date
  /** A subscriber threw: logged by the caller, never allowed to stop the others. */
  readonly onListenerError?: (error: unknown) => void
}

export function createEventHub(options: EventHubOptions = {}): EventHub {
  const ringSize = Math.max(1, options.ringSize ?? DEFAULT_RING_SIZE)
  const now = options.now ?? (() => new Date())
  const epoch = randomBytes(6).toString('hex')
  // Oldest first; trimmed from the front once past ringSize.
  const ring: ChangeEvent[] = []
  const listeners = new Set<ChangeListener>()
  let lastId = 0

  const cursorOf = (id: number) => `${epoch}-${id}`

  /** The event number in `cursor`, or null when it is not one of this process's cursors. */
  function idOf(cursor: string): number | null {
    const match = /^([0-9a-f]+)-(\d{1,15})$/.exec(cursor.trim())
    if (!match || match[1] !== epoch) return null
    const id = Number(match[2])
    return Number.isSafeInteger(id) && id <= lastId ? id : null
  }

  return {
    epoch,

    publish(change) {
      lastId += 1
      const event = { ...change, id: lastId, at: now().toISOString() } as ChangeEvent
      ring.push(event)
      if (ring.length > ringSize) ring.splice(0, ring.length - ringSize)
      // A copy: a listener that unsubscribes (a stream closing) must not skip the next one.
      for (const listener of [...listeners]) {
        try {
          listener(event)
        } catch (error) {
          options.onListenerError?.(error)
        }
      }
      return event
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    catchUp(cursor) {
      if (cursor === null || cursor.trim() === '') return { kind: 'events', events: [] }
      const after = idOf(cursor)
      if (after === null) return { kind: 'reload' }
      const oldestKept = ring[0]?.id ?? lastId + 1
      // Everything after `after` must still be in the ring, or something would be skipped.
      if (after + 1 < oldestKept) return { kind: 'reload' }
      return { kind: 'events', events: ring.filter((event) => event.id > after) }
    },

    cursorOf,
    latestCursor: () => cursorOf(lastId),
    subscriberCount: () => listeners.size,
  }
}
