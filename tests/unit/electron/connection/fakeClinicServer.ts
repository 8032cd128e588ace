import { createServer } from 'node:https'
import type { Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { loadOrCreateServerTls, tlsServerOptions } from '../../../../src/main/server/tls/serverTls'
import type { ServerTls } from '../../../../src/main/server/tls/serverTls'

/** What the stand-in server saw of one call. */
export interface SeenCall {
  readonly path: string
  readonly credential: string | undefined
  readonly cookie: string | undefined
}

export const PAIRING_CODE = 'ABCD-EFGH'
export const CREDENTIAL = 'device-credential-from-server'

/**
 * A stand-in clinic server on 127.0.0.1 with its own CA (the real TLS material code): answers
 * pairing with PAIRING_CODE, sets a session cookie at `auth.signIn`, and echoes at any other
 * channel what it saw (credential and cookie). It can come back on the same port with another
 * CA, as an impostor would.
 */
export function useFakeClinicServers(tempDir: () => string) {
  const open: Server[] = []
  afterEach(async () => {
    while (open.length) await close(open.pop() as Server)
  })

  async function close(server: Server): Promise<void> {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  async function newTls(): Promise<ServerTls> {
    return loadOrCreateServerTls({ dataDir: join(tempDir(), 'server') })
  }

  async function start(tls: ServerTls, port = 0) {
    const seen: SeenCall[] = []
    const server = createServer(tlsServerOptions(tls), (request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const path = request.url ?? ''
        const credential = request.headers['x-clinic-workstation'] as string | undefined
        seen.push({ path, credential, cookie: request.headers.cookie })
        response.setHeader('content-type', 'application/json')
        if (path === '/pairing') {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code: string }
          if (body.code.toUpperCase().replace(/[\s-]/g, '') !== 'ABCDEFGH') {
            response.end(
              JSON.stringify({
                ok: false,
                error: { kind: 'forbidden', message: 'This pairing code is not valid.' },
              }),
            )
            return
          }
          response.end(
            JSON.stringify({
              ok: true,
              value: {
                workstationId: 3,
                credential: CREDENTIAL,
                caCertificate: tls.caCertificate,
                caFingerprint: tls.caFingerprint,
              },
            }),
          )
          return
        }
        if (path === '/rpc/auth.signIn') {
          const name = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { username: string }
          response.setHeader(
            'set-cookie',
            `clinic_session=${name.username}; Path=/; Secure; HttpOnly; SameSite=Strict`,
          )
        }
        response.end(
          JSON.stringify({
            ok: true,
            value: { credential, cookie: request.headers.cookie ?? null },
          }),
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    open.push(server)
    const address = server.address() as AddressInfo
    return {
      origin: `https://127.0.0.1:${address.port}`,
      port: address.port,
      seen,
      stop: async () => {
        open.splice(open.indexOf(server), 1)
        await close(server)
      },
    }
  }

  return { newTls, start }
}
