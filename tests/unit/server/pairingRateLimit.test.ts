import { request } from 'node:https'
import { describe, expect, it } from 'vitest'
import { useTestServer } from './serverSupport'
import type { Reply, TestServer } from './serverSupport'

const startServer = useTestServer()

/** `POST /pairing` as a desktop app's main process sends it, from the given local address. */
function pairFrom(
  server: TestServer,
  localAddress: string,
  body: { code: string; workstationName: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        localAddress,
        path: '/pairing',
        method: 'POST',
        ca: server.server.tls.caCertificate,
        servername: 'localhost',
        agent: false,
        headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            json: () => JSON.parse(text) as ReturnType<Reply['json']>,
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

describe('pairing attempts per address', () => {
  it('refuses the 11th try in 10 minutes from one address with 429 and a plain message', async () => {
    const server = await startServer()
    for (let i = 0; i < 10; i++) {
      const wrong = await pairFrom(server, '127.0.0.1', {
        code: 'ZZZZ-ZZZZ',
        workstationName: `Guess ${i}`,
      })
      expect(wrong.status).toBe(200)
      expect(wrong.json().error).toMatchObject({ kind: 'validation' })
    }
    // Even the right code: the address has used up its tries.
    const refused = await pairFrom(server, '127.0.0.1', {
      code: await server.pairingCode(),
      workstationName: 'Front desk',
    })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(590)
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(600)
    const error = refused.json().error as { kind: string; message: string }
    expect(error.kind).toBe('forbidden')
    expect(error.message).toMatch(/Too many pairing attempts/)
    expect(error.message).toMatch(/Wait 10 minutes, then try again/)
    expect(server.server.host.core()?.workstations.list()).toEqual([])
  })

  it('counts each address on its own: another computer still pairs', async () => {
    const server = await startServer()
    for (let i = 0; i < 11; i++) {
      await pairFrom(server, '127.0.0.1', { code: 'ZZZZ-ZZZZ', workstationName: `Guess ${i}` })
    }
    const other = await pairFrom(server, '127.0.0.2', {
      code: await server.pairingCode(),
      workstationName: 'Room 3',
    })
    expect(other.status).toBe(200)
    expect(other.json()).toMatchObject({ ok: true, value: { workstationId: 1 } })
  })
})
