import { writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core'
import { MAX_BODY_BYTES } from '../../../src/main/http/rpcServer'
import { ensureTestUser } from '../support/signedInClient'
import { useTempDir } from '../support/tempDataDir'
import { startRpcServer, stopRpcServer, TOKEN } from './rpcServerSupport'
import type { RunningRpcServer } from './rpcServerSupport'

const tempDir = useTempDir()
let core: Core
let port: number

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'POST',
        headers: {
          Host: `127.0.0.1:${port}`,
          'Content-Type': 'application/json',
          Authorization: `Bearer ${TOKEN}`,
          ...options.headers,
        },
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

let running: RunningRpcServer
beforeEach(async () => {
  const dir = tempDir()
  running = await startRpcServer(dir)
  core = running.core
  port = running.port
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer')
})

afterEach(() => stopRpcServer(running))

describe('browser shell server', () => {
  it('answers a call with the right token from the signed-in session through the one door', async () => {
    const before = await call('/rpc/patients.search', { body: JSON.stringify({ query: '' }) })
    // A typed refusal, not an HTTP error: the renderer shows the sign-in screen for it.
    expect(before.status).toBe(200)
    expect(JSON.parse(before.body)).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'signed_out' },
    })
    // The token opens the door; the session is this tab's own cookie (see sessionCookies.ts).
    const sessionId = 'S'.repeat(43)
    core.sessions.signIn(`local:${sessionId}`, ensureTestUser(core, 'front_desk'))
    const reply = await call('/rpc/patients.search', {
      headers: { Cookie: `clinic-session-default=${sessionId}` },
      body: JSON.stringify({ query: '' }),
    })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { patients: [] } })
  })

  it('exchanges the launch token once per browser for an HttpOnly device cookie, not a session', async () => {
    const opened = await call(`/?token=${TOKEN}`, { method: 'GET', headers: { Authorization: '' } })
    expect(opened.status).toBe(303)
    expect(opened.headers.location).toBe('/')
    const [cookie = ''] = (opened.headers['set-cookie'] as string[] | undefined) ?? []
    expect(cookie).toMatch(/^clinic-device=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).not.toContain(TOKEN)
    const device = cookie.split(';')[0] as string
    // The cookie opens the door (with this page's own origin on a write) ...
    const status = await call('/rpc/auth.status', {
      headers: { Authorization: '', Cookie: device, Origin: `http://127.0.0.1:${port}` },
      body: '{}',
    })
    expect(JSON.parse(status.body)).toMatchObject({ ok: true })
    // ... but a write that carries it from another origin, or without an origin, is refused.
    for (const origin of [{ Origin: 'http://evil.example' }, {}] as Record<string, string>[]) {
      const refused = await call('/rpc/auth.status', {
        headers: { Authorization: '', Cookie: device, ...origin },
        body: '{}',
      })
      expect(refused.status).toBe(403)
    }
    // A wrong token opens nothing.
    const wrong = await call(`/?token=${TOKEN}x`, { method: 'GET', headers: { Authorization: '' } })
    expect(wrong.status).toBe(401)
  })

  it('refuses a missing or wrong token with 401', async () => {
    const missing = await call('/rpc/patients.search', {
      headers: { Authorization: '' },
      body: '{}',
    })
    expect(missing.status).toBe(401)
    const wrong = await call('/rpc/patients.search', {
      headers: { Authorization: `Bearer ${TOKEN}x` },
      body: '{}',
    })
    expect(wrong.status).toBe(401)
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } })
  })

  it.each(['evil.example', `evil.example:${0}`, '127.0.0.1:1', 'localhost'])(
    'refuses Host %s with 403 (DNS rebinding)',
    async (host) => {
      const reply = await call('/rpc/patients.search', { headers: { Host: host }, body: '{}' })
      expect(reply.status).toBe(403)
    },
  )

  it('accepts localhost with the right port', async () => {
    const reply = await call('/rpc/patients.search', {
      headers: { Host: `localhost:${port}` },
      body: '{}',
    })
    expect(reply.status).toBe(200)
  })

  it('never sends CORS headers, even when asked from another origin', async () => {
    const reply = await call('/rpc/patients.search', {
      headers: { Origin: 'http://evil.example' },
      body: '{}',
    })
    expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control'))).toEqual([])
    const preflight = await call('/rpc/patients.search', {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(405)
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control'))).toEqual([])
  })

  it('rejects bad JSON, other content types, GET calls and oversized bodies', async () => {
    expect((await call('/rpc/patients.search', { body: '{not json' })).status).toBe(400)
    expect(
      (
        await call('/rpc/patients.search', {
          headers: { 'Content-Type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415)
    expect((await call('/rpc/patients.search', { method: 'GET' })).status).toBe(405)
    const huge = JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES) })
    expect((await call('/rpc/patients.search', { body: huge })).status).toBe(413)
  })

  it('reports an unknown channel as a typed error', async () => {
    const reply = await call('/rpc/patients.dropAll', { body: '{}' })
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { kind: 'bad_request' } })
  })

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const page = await call('/', { method: 'GET' })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      expect((await call(path, { method: 'GET' })).status).toBe(404)
    }
  })
})
