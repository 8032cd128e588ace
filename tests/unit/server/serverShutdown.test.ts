import { request } from 'node:https'
import { describe, expect, it } from 'vitest'
import { dataDirHolder } from '../../../src/main/storage/dataDirLock'
import { useTestServer } from './serverSupport'

const startServer = useTestServer()

describe('stopping the clinic server (what SIGTERM and SIGINT run)', () => {
  it('ends open event streams, closes the database and frees the data folder', async () => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    const browser = server.browser()
    await browser.pair('Front desk')
    await browser.signIn('frontdesk', 'tab-one-0001')
    const core = server.server.host.core()
    expect(core?.db.open).toBe(true)

    // A live-updates stream, which never ends by itself.
    const streamEnded = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/events?tab=tab-one-0001',
          ca: server.server.tls.caCertificate,
          servername: 'localhost',
          agent: false,
          headers: {
            Host: `127.0.0.1:${server.port}`,
            Cookie: [...browser.cookies].map(([n, v]) => `${n}=${v}`).join('; '),
          },
        },
        (res) => {
          expect(res.statusCode).toBe(200)
          res.on('data', () => {})
          res.on('close', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', reject)
      req.end()
    })
    await new Promise((resolve) => setTimeout(resolve, 200))

    await server.server.close()
    expect(await streamEnded).toBe(200)
    expect(core?.db.open).toBe(false)
    expect(server.server.host.core()).toBeNull()
    expect(dataDirHolder(server.dataDir)).toBeNull()
  })
})
