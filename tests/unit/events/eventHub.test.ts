import { describe, expect, it, vi } from 'vitest'
import { createEventHub } from '../../../src/main/events/eventHub'
import type { Change } from '../../../src/shared/events/changeEvent'

const submitted = (intakeId: number): Change => ({
  kind: 'intake.submitted',
  intakeId,
  highestUrgency: 'none',
})

describe('the event hub', () => {
  it('numbers events 1, 2, 3… and hands each to every subscriber', () => {
    const hub = createEventHub({ now: () => new Date('2026-03-02T09:00:00Z') })
    const seen: number[] = []
    hub.subscribe((event) => seen.push(event.id))
    const first = hub.publish(submitted(10))
    hub.publish(submitted(11))
    expect(first).toEqual({
      kind: 'intake.submitted',
      intakeId: 10,
      highestUrgency: 'none',
      id: 1,
      at: '2026-03-02T09:00:00.000Z',
    })
    expect(seen).toEqual([1, 2])
    expect(hub.latestCursor()).toBe(hub.cursorOf(2))
  })

  it('replays what followed a cursor that is still in the ring', () => {
    const hub = createEventHub({ ringSize: 3 })
    for (let i = 1; i <= 5; i++) hub.publish(submitted(i))
    // Kept: 3, 4, 5. After 2 means 3, 4, 5: nothing is missing.
    expect(hub.catchUp(hub.cursorOf(2))).toEqual({
      kind: 'events',
      events: [3, 4, 5].map((id) => expect.objectContaining({ id, intakeId: id })),
    })
    expect(hub.catchUp(hub.cursorOf(5))).toEqual({ kind: 'events', events: [] })
    expect(hub.catchUp(null)).toEqual({ kind: 'events', events: [] })
  })

  it('says reload for a cursor older than the ring, from another run, or not a cursor', () => {
    const hub = createEventHub({ ringSize: 3 })
    for (let i = 1; i <= 5; i++) hub.publish(submitted(i))
    expect(hub.catchUp(hub.cursorOf(1))).toEqual({ kind: 'reload' })
    // The server restarted: its numbers began again, so an old cursor must not look current.
    const restarted = createEventHub()
    restarted.publish(submitted(1))
    expect(restarted.catchUp(hub.cursorOf(5))).toEqual({ kind: 'reload' })
    expect(hub.catchUp(hub.cursorOf(9))).toEqual({ kind: 'reload' })
    expect(hub.catchUp('not-a-cursor')).toEqual({ kind: 'reload' })
  })

  it('keeps delivering when one subscriber throws, and stops after unsubscribe', () => {
    const onListenerError = vi.fn()
    const hub = createEventHub({ onListenerError })
    const good = vi.fn()
    hub.subscribe(() => {
      throw new Error('broken stream')
    })
    const stop = hub.subscribe(good)
    hub.publish(submitted(1))
    expect(good).toHaveBeenCalledTimes(1)
    expect(onListenerError).toHaveBeenCalledTimes(1)
    stop()
    hub.publish(submitted(2))
    expect(good).toHaveBeenCalledTimes(1)
    expect(hub.subscriberCount()).toBe(1)
  })
})
