// One simulated workstation: a browser paired with the clinic server, as the pairing page and
// the app's HTTP transport make it behave: the device cookie from pairing, one tab (its own
// `x-clinic-tab` and session cookie), same-origin headers on every call, one keep-alive
// connection for calls and another for the live-updates stream. Loopback only.
import { randomBytes } from 'node:crypto'
import { Agent, request } from 'node:https'
import type { IncomingMessage } from 'node:http'
import { createParser } from 'eventsource-parser'
import { CookieJar } from 'tough-cookie'
import { z } from 'zod'
import { rpcResultSchema } from '../../src/shared/contract/errors'
import type { RpcResult } from '../../src/shared/contract/errors'
import { ChangeEventSchema, STREAM_EVENTS } from '../../src/shared/events/changeEvent'
import type { ChangeEvent } from '../../src/shared/events/changeEvent'

const EnvelopeSchema = rpcResultSchema(z.unknown())

export interface Reply {
  readonly status: number
  readonly body: string
}

/** A call that did not come back as a 200 with a result envelope: counted as an error. */
export class CallFailed extends Error {
  override readonly name = 'CallFailed'
  constructor(
    /** What kind of failure, for the error count: never anything from a record. */
    readonly reason: string,
  ) {
    super(reason)
  }
}

export interface WorkstationClient {
  /** `POST /pairing` with a code, as the pairing page sends it; keeps the device cookie. */
  pair(code: string, name: string): Promise<void>
  /** `POST /rpc/<channel>`; the result envelope, or CallFailed. */
  call(channel: string, input: unknown): Promise<RpcResult<unknown>>
  /** `GET <path>`: a file of the app, as the browser loads it. */
  get(path: string): Promise<Reply>
  /** Opens `GET /events`; resolves once the stream is live (its `ready` event arrived). */
  openEvents(onChange: (event: ChangeEvent) => void): Promise<void>
  /** Closes the live-updates stream (if open), keeping the device and the session. */
  closeEvents(): void
  close(): void
}

export function createWorkstationClient(server: {
  readonly origin: string
  readonly caCertificate: string
}): WorkstationClient {
  const url = new URL(server.origin)
  const tab = randomBytes(12).toString('base64url')
  const jar = new CookieJar(undefined, { rejectPublicSuffixes: false })
  // One connection for calls, kept alive, as a browser reuses its connection to one origin.
  const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: server.caCertificate })
  let events: IncomingMessage | null = null

  async function headers(extra: Record<string, string>): Promise<Record<string, string>> {
    const cookie = await jar.getCookieString(server.origin, { sameSiteContext: 'strict' })
    return {
      'x-clinic-tab': tab,
      ...(cookie ? { Cookie: cookie } : {}),
      ...extra,
    }
  }

  async function keepCookies(res: IncomingMessage): Promise<void> {
    for (const line of res.headers['set-cookie'] ?? []) {
      await jar.setCookie(line, server.origin, { sameSiteContext: 'strict' })
    }
  }

  async function send(
    method: 'GET' | 'POST',
    path: string,
    body?: string,
    extra: Record<string, string> = {},
  ): Promise<Reply> {
    const sent = await headers(extra)
    const attempt = (retry: boolean): Promise<Reply> =>
      new Promise((resolve, reject) => {
        const req = request(
          { host: url.hostname, port: url.port, path, method, agent, headers: sent },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('error', reject)
            res.on('end', () => {
              keepCookies(res)
                .then(() =>
                  resolve({
                    status: res.statusCode ?? 0,
                    body: Buffer.concat(chunks).toString('utf8'),
                  }),
                )
                .catch(reject)
            })
          },
        )
        req.on('error', (error: NodeJS.ErrnoException) => {
          // The server closed an idle kept-alive connection just as this request went out on
          // it: nothing was processed, and a browser sends the request again on a new
          // connection. So does this client, once (Node's documented `reusedSocket` pattern).
          if (retry && req.reusedSocket && error.code === 'ECONNRESET') {
            attempt(false).then(resolve, reject)
            return
          }
          reject(new CallFailed(`network ${error.code ?? error.name}`))
        })
        req.end(body)
      })
    return attempt(true)
  }

  const post = (path: string, payload: unknown) =>
    send('POST', path, JSON.stringify(payload), {
      'Content-Type': 'application/json',
      Origin: server.origin,
      'Sec-Fetch-Site': 'same-origin',
    })

  function envelope(reply: Reply): RpcResult<unknown> {
    if (reply.status !== 200) throw new CallFailed(`HTTP ${reply.status}`)
    let json: unknown
    try {
      json = JSON.parse(reply.body)
    } catch {
      throw new CallFailed('reply not JSON')
    }
    const parsed = EnvelopeSchema.safeParse(json)
    if (!parsed.success) throw new CallFailed('reply not an envelope')
    return parsed.data as RpcResult<unknown>
  }

  return {
    async pair(code, name) {
      const result = envelope(await post('/pairing', { code, workstationName: name }))
      if (!result.ok) throw new CallFailed(`pairing refused: ${result.error.kind}`)
    },
    async call(channel, input) {
      return envelope(await post(`/rpc/${channel}`, input))
    },
    get: (path) => send('GET', path),
    async openEvents(onChange) {
      const sent = await headers({ Accept: 'text/event-stream' })
      await new Promise<void>((resolve, reject) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path: `/events?tab=${tab}`,
            method: 'GET',
            ca: server.caCertificate,
            // Its own connection, held open for the whole run.
            agent: false,
            headers: sent,
          },
          (res) => {
            if (res.statusCode !== 200) {
              reject(new CallFailed(`events HTTP ${res.statusCode}`))
              res.resume()
              return
            }
            events = res
            const parser = createParser({
              onEvent(message) {
                if (message.event === STREAM_EVENTS.ready) resolve()
                if (message.event !== STREAM_EVENTS.change) return
                onChange(ChangeEventSchema.parse(JSON.parse(message.data)))
              },
            })
            res.setEncoding('utf8')
            res.on('data', (chunk: string) => parser.feed(chunk))
            res.on('error', () => {})
          },
        )
        req.on('error', (error: NodeJS.ErrnoException) =>
          reject(new CallFailed(`events network ${error.code ?? error.name}`)),
        )
        req.end()
      })
    },
    closeEvents() {
      events?.destroy()
      events = null
    },
    close() {
      events?.destroy()
      agent.destroy()
    },
  }
}
