import { request as httpRequest } from 'node:http'
import { describe, expect, it } from 'vitest'
import { fakePatient } from '../support/patientFixtures'
import { PASSWORD, useTestServer } from './serverSupport'
import type { Browser, TestServer } from './serverSupport'

const startServer = useTestServer()

function auditRows(server: TestServer) {
  const core = server.server.host.core()
  if (!core) throw new Error('no core')
  return core.db
    .prepare(
      `SELECT a.action, a.channel, a.detail, a.shell, u.username
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id`,
    )
    .all() as {
    action: string
    channel: string | null
    detail: string | null
    shell: string
    username: string | null
  }[]
}

async function whoAmI(browser: Browser, tab?: string): Promise<string | null> {
  const reply = (await browser.call('auth.status', {}, tab)).json()
  const value = reply.value as { state: string; user?: { username: string } }
  return value.state === 'signed_in' ? (value.user?.username ?? null) : null
}

function plainHttp(port: number): Promise<string> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/', method: 'GET' }, (res) =>
      resolve(`served ${res.statusCode}`),
    )
    req.on('error', (error: NodeJS.ErrnoException) => resolve(`refused ${error.code}`))
    req.setTimeout(5_000, () => req.destroy(new Error('timeout')))
    req.end()
  })
}

describe('the clinic server (HTTPS, paired workstations, sessions per person)', () => {
  it('refuses plain HTTP on its port: the request is never served', async () => {
    const server = await startServer()
    const outcome = await plainHttp(server.port)
    expect(outcome).toMatch(/^refused/)
  })

  it('refuses an unpaired client: no call, no events, no app shell (only the pairing page)', async () => {
    const server = await startServer()
    const browser = server.browser()
    const call = await browser.call('auth.status', {})
    expect(call.status).toBe(401)
    expect(call.json().error).toMatchObject({
      kind: 'unauthenticated',
      reason: 'workstation_not_paired',
    })
    expect(call.headers['x-clinic-pairing']).toBe('required')
    expect((await browser.get('/events')).status).toBe(401)
    const page = await browser.get('/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>pair</title>')
    expect(page.body).not.toContain('the app')
    // The app's own files are not handed out, whatever their name.
    expect((await browser.get('/index.html')).body).not.toContain('the app')
    expect((await browser.get('/assets/index-abc.js')).status).toBe(401)
    // A made-up credential is no better than none.
    const forged = await server.raw('/rpc/auth.status', {
      method: 'POST',
      body: '{}',
      headers: {
        'Content-Type': 'application/json',
        'x-clinic-workstation': `cw1.1.${'A'.repeat(43)}`,
      },
    })
    expect(forged.status).toBe(401)
  })

  it('pairs a browser with a code (credential as a __Host- cookie), after which calls work', async () => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    const browser = server.browser()
    const paired = await browser.pair('Front desk')
    expect(paired.json()).toMatchObject({ ok: true, value: { workstationId: 1 } })
    // The page never sees the credential: it is only in the HttpOnly cookie.
    expect(paired.body).not.toContain('cw1.')
    expect(browser.cookies.get('__Host-clinic-device')).toMatch(/^cw1\.1\./)
    expect((await browser.get('/')).body).toContain('the app')
    expect((await browser.signIn('frontdesk')).json()).toMatchObject({ ok: true })
    expect(await whoAmI(browser)).toBe('frontdesk')
  })

  it('sets the device and session cookies HttpOnly, Secure, SameSite=Strict, Path=/, __Host-', async () => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    const browser = server.browser()
    const paired = await browser.pair('Front desk')
    const signedIn = await browser.signIn('frontdesk', 'tab-one-0001')
    const lines = [paired, signedIn].flatMap((reply) => reply.headers['set-cookie'] ?? [])
    expect(lines).toHaveLength(2)
    for (const line of lines) {
      expect(line).toMatch(/^__Host-clinic-(device|session-tab-one-0001)=/)
      const attributes = line.split(';').map((a) => a.trim().toLowerCase())
      expect(attributes).toEqual(
        expect.arrayContaining(['httponly', 'secure', 'samesite=strict', 'path=/']),
      )
      expect(attributes.some((a) => a.startsWith('domain='))).toBe(false)
    }
    // The device is remembered for long; a sign-in ends with the browser.
    expect(lines[0]).toMatch(/Max-Age=3456000/)
    expect(lines[1]).not.toMatch(/Max-Age/i)
  })

  it('refuses a revoked workstation at its next call, with the pairing screen', async () => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    const browser = server.browser()
    await browser.pair('Front desk')
    await browser.signIn('frontdesk')
    expect(await whoAmI(browser)).toBe('frontdesk')
    const core = server.server.host.core()
    core?.workstations.revoke(1, null)
    const next = await browser.call('auth.status', {})
    expect(next.status).toBe(401)
    expect(next.json().error).toMatchObject({ reason: 'workstation_revoked' })
    expect(next.headers['x-clinic-pairing']).toBe('required')
    // The browser forgets the dead credential and gets the pairing page.
    expect(browser.cookies.has('__Host-clinic-device')).toBe(false)
    expect((await browser.get('/')).body).toContain('<title>pair</title>')
  })

  it('keeps two workstations signed in as different people apart, and audits each as its own', async () => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    await server.addUser('clinician', 'clinician')
    const a = server.browser()
    const b = server.browser()
    await a.pair('Front desk')
    await b.pair('Room 3')
    await a.signIn('frontdesk')
    await b.signIn('clinician')
    // B's sign-in changed nothing on A.
    expect(await whoAmI(a)).toBe('frontdesk')
    expect(await whoAmI(b)).toBe('clinician')
    const saved = await a.call('patients.create', fakePatient())
    expect(saved.json().ok, saved.body).toBe(true)
    await b.call('reviews.worklist', {})
    const rows = auditRows(server)
    const create = rows.find((row) => row.channel === 'patients.create')
    expect(create).toMatchObject({ username: 'frontdesk', shell: 'browser' })
    expect(create?.detail).toContain('workstation 1')
    const signIns = rows.filter((row) => row.action === 'sign_in')
    expect(signIns.map((row) => [row.username, row.detail])).toEqual([
      ['frontdesk', expect.stringContaining('workstation 1')],
      ['clinician', expect.stringContaining('workstation 2')],
    ])
  })

  it('keeps two tabs of one browser apart: signing in in one signs in nobody in the other', async () => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    await server.addUser('clinician', 'clinician')
    const browser = server.browser()
    await browser.pair('Front desk')
    await browser.signIn('frontdesk', 'tab-aaaa-0001')
    expect(await whoAmI(browser, 'tab-aaaa-0001')).toBe('frontdesk')
    expect(await whoAmI(browser, 'tab-bbbb-0002')).toBeNull()
    await browser.signIn('clinician', 'tab-bbbb-0002')
    expect(await whoAmI(browser, 'tab-aaaa-0001')).toBe('frontdesk')
    expect(await whoAmI(browser, 'tab-bbbb-0002')).toBe('clinician')
    // Signing out in one tab leaves the other signed in.
    await browser.call('auth.signOut', {}, 'tab-bbbb-0002')
    expect(await whoAmI(browser, 'tab-bbbb-0002')).toBeNull()
    expect(await whoAmI(browser, 'tab-aaaa-0001')).toBe('frontdesk')
  })

  it('rotates the session id at every sign-in: the id from before no longer works', async () => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    const browser = server.browser()
    await browser.pair('Front desk')
    const name = '__Host-clinic-session-tab-one-0001'
    await browser.signIn('frontdesk')
    const first = browser.cookies.get(name)
    expect(first).toBeDefined()
    await browser.signIn('frontdesk')
    const second = browser.cookies.get(name)
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    expect(await whoAmI(browser)).toBe('frontdesk')
    // Someone who kept the old id (e.g. set before the sign-in) is signed in as nobody.
    browser.cookies.set(name, first as string)
    expect(await whoAmI(browser)).toBeNull()
  })

  it('ends the sessions of a user whose password an admin reset, at their next call', async () => {
    const server = await startServer()
    const userId = await server.addUser('frontdesk', 'front_desk')
    const browser = server.browser()
    await browser.pair('Front desk')
    await browser.signIn('frontdesk')
    server.server.host.core()?.sessions.endSessionsOf(userId)
    const next = (await browser.call('patients.search', { query: '' })).json()
    expect(next.error).toMatchObject({ kind: 'unauthenticated', reason: 'signed_out' })
  })

  it.each([
    ['another origin', { Origin: 'https://evil.example' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a same-site fetch from another port', { 'Sec-Fetch-Site': 'same-site' }],
    ['no Origin with the cookie', { Origin: '' }],
  ])('refuses a write from %s with 403', async (_what, headers) => {
    const server = await startServer()
    await server.addUser('frontdesk', 'front_desk')
    const browser = server.browser()
    await browser.pair('Front desk')
    await browser.signIn('frontdesk')
    const sent: Record<string, string> = { ...headers }
    const post = await server.raw('/rpc/auth.signOut', {
      method: 'POST',
      body: '{}',
      headers: {
        'Content-Type': 'application/json',
        Cookie: [...browser.cookies].map(([n, v]) => `${n}=${v}`).join('; '),
        'x-clinic-tab': 'tab-one-0001',
        ...(sent.Origin === '' ? {} : { Origin: sent.Origin ?? server.origin }),
        ...(sent['Sec-Fetch-Site'] ? { 'Sec-Fetch-Site': sent['Sec-Fetch-Site'] } : {}),
      },
    })
    expect(post.status).toBe(403)
    expect(post.json().error).toMatchObject({ kind: 'forbidden' })
    // Refused before the door: still signed in.
    expect(await whoAmI(browser)).toBe('frontdesk')
  })

  it('refuses a pairing attempt from another origin', async () => {
    const server = await startServer()
    const reply = await server.raw('/pairing', {
      method: 'POST',
      body: JSON.stringify({ code: await server.pairingCode(), workstationName: 'Evil' }),
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    })
    expect(reply.status).toBe(403)
    expect(server.server.host.core()?.workstations.list()).toEqual([])
  })

  it('lets the desktop shell call with the x-clinic-workstation header and no Origin', async () => {
    const server = await startServer()
    const paired = await server.raw('/pairing', {
      method: 'POST',
      body: JSON.stringify({ code: await server.pairingCode(), workstationName: 'Desk app' }),
      headers: { 'Content-Type': 'application/json' },
    })
    const credential = (paired.json().value as { credential: string }).credential
    expect(credential).toMatch(/^cw1\./)
    const call = await server.raw('/rpc/auth.status', {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json', 'x-clinic-workstation': credential },
    })
    expect(call.status).toBe(200)
    expect(call.json()).toMatchObject({ ok: true, value: { state: 'setup_required' } })
    // Without cookies or a tab, the desktop app's calls keep one sign-in for this workstation.
    await server.addUser('clinician', 'clinician')
    const asDesktop = (channel: string, input: unknown) =>
      server.raw(`/rpc/${channel}`, {
        method: 'POST',
        body: JSON.stringify(input),
        headers: { 'Content-Type': 'application/json', 'x-clinic-workstation': credential },
      })
    await asDesktop('auth.signIn', { username: 'clinician', password: PASSWORD })
    expect((await asDesktop('auth.status', {})).json()).toMatchObject({
      value: { state: 'signed_in', user: { username: 'clinician' } },
    })
    // A browser on another workstation is not that sign-in.
    const browser = server.browser()
    await browser.pair('Front desk')
    expect(await whoAmI(browser)).toBeNull()
  })

  it('keeps serving after bad JSON and a wrong Host', async () => {
    const server = await startServer()
    const browser = server.browser()
    await browser.pair('Front desk')
    const broken = await server.raw('/rpc/auth.status', {
      method: 'POST',
      body: '{not json',
      headers: {
        'Content-Type': 'application/json',
        Origin: server.origin,
        Cookie: [...browser.cookies].map(([n, v]) => `${n}=${v}`).join('; '),
      },
    })
    expect(broken.status).toBe(400)
    const wrongHost = await server.raw('/rpc/auth.status', {
      method: 'POST',
      body: '{}',
      headers: { Host: 'evil.example:443', 'Content-Type': 'application/json' },
    })
    expect(wrongHost.status).toBe(403)
    expect((await browser.call('auth.status', {})).status).toBe(200)
  })
})
