import { request } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'

export interface StreamEvent {
  readonly event: string | null
  readonly id: string | null
  readonly data: string | null
  readonly comment: string | null
}

/**
 * A plain client reading a server-sent event stream frame by frame, as a browser's EventSource
 * would, without one: enough to see exactly what the server wrote.
 */
export interface StreamReader {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  /** The next frame, waiting up to `timeoutMs`. */
  next(timeoutMs?: number): Promise<StreamEvent>
  /** Frames until one named `event` (inclusive). */
  until(event: string, timeoutMs?: number): Promise<StreamEvent[]>
  readonly body: Promise<string>
  close(): void
  readonly ended: Promise<void>
}

function parseFrame(text: string): StreamEvent {
  let event: string | null = null
  let id: string | null = null
  let data: string | null = null
  let comment: string | null = null
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) comment = line.slice(1).trim()
    else if (line.startsWith('event: ')) event = line.slice(7)
    else if (line.startsWith('id: ')) id = line.slice(4)
    else if (line.startsWith('data: ')) data = line.slice(6)
    else if (line.startsWith('retry: ')) event = 'retry'
  }
  return { event, id, data, comment }
}

export function openStream(
  port: number,
  headers: Record<string, string> = {},
  path = '/events',
  method = 'GET',
): Promise<StreamReader> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers })
    req.on('error', reject)
    req.on('response', (res: IncomingMessage) => {
      res.setEncoding('utf8')
      let buffer = ''
      let all = ''
      const frames: StreamEvent[] = []
      const waiters: (() => void)[] = []
      let endedResolve: () => void = () => {}
      const ended = new Promise<void>((done) => (endedResolve = done))
      res.on('data', (chunk: string) => {
        buffer += chunk
        all += chunk
        let end = buffer.indexOf('\n\n')
        while (end !== -1) {
          frames.push(parseFrame(buffer.slice(0, end)))
          buffer = buffer.slice(end + 2)
          end = buffer.indexOf('\n\n')
        }
        for (const wake of waiters.splice(0)) wake()
      })
      res.on('close', () => {
        endedResolve()
        for (const wake of waiters.splice(0)) wake()
      })
      let closed = false
      res.on('close', () => (closed = true))
      const body = new Promise<string>((done) => res.on('close', () => done(all)))
      async function next(timeoutMs = 2000): Promise<StreamEvent> {
        const deadline = Date.now() + timeoutMs
        while (frames.length === 0) {
          if (closed) throw new Error('stream closed')
          const left = deadline - Date.now()
          if (left <= 0) throw new Error('no event in time')
          await new Promise<void>((wake) => {
            const timer = setTimeout(wake, left)
            waiters.push(() => {
              clearTimeout(timer)
              wake()
            })
          })
        }
        return frames.shift() as StreamEvent
      }
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        next,
        async until(event, timeoutMs = 2000) {
          const seen: StreamEvent[] = []
          for (;;) {
            const frame = await next(timeoutMs)
            seen.push(frame)
            if (frame.event === event) return seen
          }
        },
        body,
        close: () => req.destroy(),
        ended,
      })
    })
    req.end()
  })
}
