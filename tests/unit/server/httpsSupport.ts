import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { SecureContextOptions } from 'node:tls'
import { afterEach } from 'vitest'

export interface TestHttpsServer {
  readonly origin: string
  readonly port: number
  /** Requests that reached the handler (none may, when a client refuses the certificate). */
  readonly received: { method: string; url: string; body: string }[]
}

/** HTTPS servers on 127.0.0.1 with a free port, answering `{"echo": <body>}`; closed after each test. */
export function useHttpsServers(): (tls: SecureContextOptions) => Promise<TestHttpsServer> {
  const open: (() => Promise<void>)[] = []
  afterEach(async () => {
    while (open.length) await open.pop()?.()
  })
  return async (tls) => {
    const received: TestHttpsServer['received'] = []
    const server = createServer(tls, (request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        received.push({ method: request.method ?? '', url: request.url ?? '', body })
        response.setHeader('content-type', 'application/json')
        response.end(JSON.stringify({ echo: body }))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    open.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    )
    const { port } = server.address() as AddressInfo
    return { origin: `https://127.0.0.1:${port}`, port, received }
  }
}
