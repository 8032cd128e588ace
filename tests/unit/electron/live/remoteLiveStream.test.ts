import { createServer } from 'node:https'
import type { Server } from 'node:https'
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCookieJars } from '../../../../src/main/electron/connection/cookieJars'
import { openRemoteLiveStream } from '../../../../src/main/electron/live/remoteLiveStream'
import { createPinnedClient } from '../../../../src/main/server/pinnedClient'
import { loadOrCreateServerTls, tlsServerOptions } from '../../../../src/main/server/tls/serverTls'
import type { LiveMessage } from '../../../../src/shared/events/liveBridge'
import { useTempDir } from '../../support/tempDataDir'
import { recordingLog } from '../connection/standIns'

const tempDir = useTempDir()
const servers: Server[] = []
const stops: (() => void)[] = []
afterEach(async () => {
  while (stops.length) stops.pop()?.()
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
})

const AT = '2026-01-02T10:00:00.000Z'
const change = (id: number) =>
  `id: e-${id}\nevent: change\ndata: ${JSON.stringify({
    kind: 'alert.raised',
    alertId: id,
    intakeId: 9,
    id,
    at: AT,
  })}\n\n`

/** A stand-in clinic server's `/events`: each connection is answered by the next script step. */
async function eventServer(steps: ((res: ServerResponse) => void)[]) {
  const tls = await loadOrCreateServerTls({ dataDir: join(tempDir(), 'server') })
  const seen: IncomingHttpHeaders[] = []
  const server = createServer(tlsServerOptions(tls), (req, res) => {
    seen.push(req.headers)
    const step = steps[seen.length - 1]
    if (step) step(res)
    else res.writeHead(200, { 'content-type': 'text/event-stream' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  const { port } = server.address() as AddressInfo
  const client = createPinnedClient(
    {
      origin: `https://127.0.0.1:${port}`,
      caCertificate: tls.caCertificate,
      caFingerprint: tls.caFingerprint,
    },
    { timeoutMs: 5_000 },
  )
  stops.push(() => client.close())
  return { client, seen }
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Opens the window's stream on `client`; what it delivers goes into the returned list. */
function streamTo(
  client: Awaited<ReturnType<typeof eventServer>>['client'],
  windowKey: string,
  options: { credential?: string; cookies?: ReturnType<typeof createCookieJars> } = {},
) {
  const messages: LiveMessage[] = []
  const stop = openRemoteLiveStream({
    client,
    credential: options.credential ?? 'c',
    cookies: options.cookies ?? createCookieJars(),
    windowKey,
    deliver: (message) => messages.push(message),
    log: recordingLog(),
    delaysMs: [10],
  })
  stops.push(stop)
  return { messages, stop }
}

describe('a paired window’s live updates', () => {
  it('reads the server’s stream as that window, and resumes from the last event after a drop', async () => {
    const { client, seen } = await eventServer([
      (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.write('retry: 2000\n\n')
        // One event split across two writes, then the connection drops.
        const text = change(1)
        res.write(text.slice(0, 20))
        setTimeout(() => res.end(text.slice(20)), 20)
      },
      (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.write(`id: e-1\nevent: ready\ndata: {}\n\n${change(2)}`)
      },
    ])
    const cookies = createCookieJars()
    const { messages } = streamTo(client, 'window-7', { credential: 'device-credential', cookies })
    await until(() => messages.length === 3)
    // The drop is passed on too: the window asks whether it is still signed in.
    expect(messages.map((m) => (m.kind === 'change' ? m.event.id : m.kind))).toEqual([1, 'lost', 2])
    expect(seen[0]?.['x-clinic-workstation']).toBe('device-credential')
    expect(seen[0]?.['x-clinic-tab']).toBe(cookies.tabOf('window-7'))
    expect(seen[0]?.['last-event-id']).toBeUndefined()
    expect(seen[1]?.['last-event-id']).toBe('e-1')
  })

  it('tries again after a refusal, passes a reload on, and skips what it cannot read', async () => {
    const { client, seen } = await eventServer([
      (res) => {
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end('{"ok":false}')
      },
      (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.write('id: e-5\nevent: change\ndata: {"kind":"patient.name","name":"x"}\n\n')
        res.write('id: e-5\nevent: reload\ndata: {}\n\n')
      },
    ])
    const { messages } = streamTo(client, 'window-1')
    await until(() => messages.length === 2)
    expect(messages).toEqual([{ kind: 'lost' }, { kind: 'reload' }])
    expect(seen).toHaveLength(2)
  })

  it('tells the window each time the stream is refused or cannot reach the server', async () => {
    // Issue 12: after a server restart the stream is refused (the session was in its memory).
    // The main process kept retrying in silence, so an open worklist looked signed in and live
    // while it heard nothing; the browser shell asks who is signed in on every such break.
    const refuse = (res: ServerResponse) => {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end('{"ok":false}')
    }
    const { client, seen } = await eventServer([refuse, refuse])
    const { messages } = streamTo(client, 'window-3')
    await until(() => seen.length === 3)
    expect(messages.slice(0, 2)).toEqual([{ kind: 'lost' }, { kind: 'lost' }])
  })

  it('stops for good: no more connections once stopped', async () => {
    const { client, seen } = await eventServer([
      (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.write(': hello\n\n')
      },
    ])
    const { stop } = streamTo(client, 'window-1')
    await until(() => seen.length === 1)
    stop()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(seen).toHaveLength(1)
  })
})
