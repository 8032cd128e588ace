// The `/events` stream over a real HTTP server on loopback, read by a plain client.
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createEventHub } from '../../../src/main/events/eventHub'
import type { EventHub } from '../../../src/main/events/eventHub'
import { createStreamLimits, serveEvents } from '../../../src/main/events/sse'
import type { StreamLimits } from '../../../src/main/events/sse'
import { ChangeEventSchema } from '../../../src/shared/events/changeEvent'
import { openStream } from './sseClient'

interface TestServer {
  readonly port: number
  readonly hub: EventHub
  readonly limits: StreamLimits
  /** Sessions the "HTTP layer" still lets in. */
  readonly allowed: Set<string>
  /** How often a stream asked whether its caller is still let in. */
  readonly checks: { count: number }
}

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  }
})

async function startServer(options: { heartbeatMs?: number; ringSize?: number } = {}) {
  const hub = createEventHub(options.ringSize ? { ringSize: options.ringSize } : {})
  const limits = createStreamLimits(2, 10)
  const allowed = new Set(['desk-a', 'desk-b'])
  const checks = { count: 0 }
  const server = createServer((req, res) => {
    // Stands in for the HTTP layer: it has authenticated the caller and names its session.
    const sessionKey = String(req.headers['x-test-session'] ?? 'desk-a')
    serveEvents(req, res, hub, {
      caller: { shell: 'browser', sessionKey },
      isAllowed: () => {
        checks.count += 1
        return allowed.has(sessionKey)
      },
      limits,
      headers: { 'X-Content-Type-Options': 'nosniff' },
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    })
  })
  servers.push(server)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { port, hub, limits, allowed, checks } satisfies TestServer
}

const submitted = (intakeId: number) =>
  ({ kind: 'intake.submitted', intakeId, highestUrgency: 'emergency' }) as const

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((done) => setTimeout(done, 10))
  expect(check()).toBe(true)
}

describe('serveEvents', () => {
  it('opens an event stream that starts with ready and carries each change as it is published', async () => {
    const { port, hub } = await startServer()
    const stream = await openStream(port)
    expect(stream.status).toBe(200)
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    expect(stream.headers['cache-control']).toBe('no-store')
    expect(stream.headers['x-content-type-options']).toBe('nosniff')
    const opening = await stream.until('ready')
    expect(opening[0]).toMatchObject({ event: 'retry' })
    expect(opening.at(-1)?.id).toBe(hub.latestCursor())

    hub.publish(submitted(42))
    const change = await stream.next()
    expect(change.event).toBe('change')
    expect(change.id).toBe(hub.cursorOf(1))
    expect(ChangeEventSchema.parse(JSON.parse(change.data ?? ''))).toMatchObject({
      id: 1,
      kind: 'intake.submitted',
      intakeId: 42,
      highestUrgency: 'emergency',
    })
    stream.close()
  })

  it("sends a call's events after the call has had its turn, checking the caller once for them", async () => {
    const { port, hub, checks } = await startServer()
    const stream = await openStream(port)
    await stream.until('ready')
    const before = checks.count
    // A submit publishes its intake and its alert together, inside the call: nothing of the
    // streams' work (a sign-in check, a write) may happen before the call's reply is written.
    hub.publish(submitted(1))
    hub.publish({ kind: 'alert.raised', alertId: 1, intakeId: 1 })
    expect(checks.count).toBe(before)
    const [first, second] = [await stream.next(), await stream.next()]
    expect([first.id, second.id]).toEqual([hub.cursorOf(1), hub.cursorOf(2)])
    expect(checks.count).toBe(before + 1)
    stream.close()
  })

  it('replays what a reconnecting client missed since its Last-Event-ID', async () => {
    const { port, hub } = await startServer()
    hub.publish(submitted(1))
    const seenUpTo = hub.latestCursor()
    hub.publish(submitted(2))
    hub.publish(submitted(3))
    const stream = await openStream(port, { 'Last-Event-ID': seenUpTo })
    const frames = await stream.until('ready')
    const changes = frames.filter((frame) => frame.event === 'change')
    expect(changes.map((frame) => JSON.parse(frame.data ?? '').intakeId)).toEqual([2, 3])
    expect(frames.at(-1)?.id).toBe(hub.cursorOf(3))
    stream.close()
  })

  it('also takes the resume point from ?lastEventId=, for a client that opens a new stream', async () => {
    const { port, hub } = await startServer()
    hub.publish(submitted(1))
    const cursor = hub.latestCursor()
    hub.publish(submitted(2))
    const stream = await openStream(port, {}, `/events?lastEventId=${encodeURIComponent(cursor)}`)
    const frames = await stream.until('ready')
    expect(frames.filter((frame) => frame.event === 'change')).toHaveLength(1)
    stream.close()
  })

  it('tells a client to reload when what it missed is older than the ring', async () => {
    const { port, hub } = await startServer({ ringSize: 2 })
    hub.publish(submitted(1))
    const old = hub.latestCursor()
    for (let i = 2; i <= 5; i++) hub.publish(submitted(i))
    const stream = await openStream(port, { 'Last-Event-ID': old })
    const frames = await stream.until('reload')
    expect(frames.filter((frame) => frame.event === 'change')).toEqual([])
    // Its id is the newest: the next reconnection resumes from there.
    expect(frames.at(-1)?.id).toBe(hub.latestCursor())
    // And it stays open for what comes next.
    hub.publish(submitted(6))
    expect(JSON.parse((await stream.next()).data ?? '').intakeId).toBe(6)
    stream.close()
  })

  it('sends a heartbeat comment while nothing happens', async () => {
    const { port } = await startServer({ heartbeatMs: 50 })
    const stream = await openStream(port)
    await stream.until('ready')
    expect(await stream.next(1000)).toMatchObject({ comment: 'heartbeat', event: null })
    stream.close()
  })

  it('lets go of the subscription and the place when the client goes away', async () => {
    const { port, hub, limits } = await startServer({ heartbeatMs: 20 })
    const stream = await openStream(port)
    await stream.until('ready')
    expect(hub.subscriberCount()).toBe(1)
    expect(limits.open('desk-a')).toBe(1)
    stream.close()
    await waitFor(() => hub.subscriberCount() === 0 && limits.open() === 0)
  })

  it('caps the streams of one session, without affecting another session', async () => {
    const { port } = await startServer()
    const first = await openStream(port)
    const second = await openStream(port)
    const third = await openStream(port)
    expect([first.status, second.status, third.status]).toEqual([200, 200, 429])
    expect(JSON.parse(await third.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Too many windows') },
    })
    const otherDesk = await openStream(port, { 'X-Test-Session': 'desk-b' })
    expect(otherDesk.status).toBe(200)
    for (const stream of [first, second, otherDesk]) stream.close()
  })

  it('refuses a caller whose session is not signed in, and ends a stream when it stops being', async () => {
    const { port, hub, allowed, limits } = await startServer()
    const stranger = await openStream(port, { 'X-Test-Session': 'nobody' })
    expect(stranger.status).toBe(401)
    const stream = await openStream(port)
    await stream.until('ready')
    allowed.delete('desk-a')
    hub.publish(submitted(7))
    await stream.ended
    expect(await stream.body).not.toContain('"intakeId":7')
    await waitFor(() => limits.open() === 0)
  })

  it('answers only GET', async () => {
    const { port } = await startServer()
    const post = await openStream(port, {}, '/events', 'POST')
    expect(post.status).toBe(405)
  })
})
