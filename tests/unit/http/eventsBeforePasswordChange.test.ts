// Found trying the app as an attacker: a session that must first replace its temporary password
// (an account an administrator created or reset) had every call refused but `GET /events`,
// which streamed the clinic's change events (intake ids, urgency) to it. The stream is now
// refused exactly as its calls are, and works once the person has chosen their own password.
import type { Server } from 'node:http'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { createRpcServer } from '../../../src/main/http/rpcServer'
import { silentLogger } from '../../../src/main/log'
import { openStream } from '../events/sseClient'
import { signedInClient } from '../support/signedInClient'
import { useTempDir } from '../support/tempDataDir'
import { expectOk } from '../support/testCore'

const TOKEN = 'test-token-0123456789'
const TEMPORARY = 'harbour-kite-4821'
const OWN = 'lantern-walk-at-dusk'

const tempDir = useTempDir()
const opened: { core: Core; server: Server }[] = []
afterEach(async () => {
  for (const { core, server } of opened.splice(0)) {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
    core.close()
  }
})

/** The browser shell's server with live updates, over a core with one new account. */
async function start() {
  const core = openCore({ dataDir: join(tempDir(), 'data'), log: silentLogger })
  const server = createRpcServer({
    dispatch: core.dispatch,
    sessions: () => core.sessions,
    events: () => core.events,
    rendererDir: join(tempDir(), 'renderer'),
    token: TOKEN,
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  opened.push({ core, server })
  const { port } = server.address() as AddressInfo
  const admin = signedInClient(core, 'admin')
  const created = expectOk(
    await admin.users.create({
      username: 'nia',
      displayName: 'Nia Front',
      role: 'front_desk',
      password: TEMPORARY,
    }),
  )
  expect(created.mustChangePassword).toBe(true)
  // A program proving the device by header keeps one session: its calls and its stream share it.
  const headers = { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${TOKEN}` }
  const call = (channel: string, input: unknown) =>
    new Promise<{ ok: boolean; error?: unknown }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: `/rpc/${channel}`,
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
        },
        (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString()))
          res.on('end', () => resolve(JSON.parse(body) as { ok: boolean; error?: unknown }))
        },
      )
      req.on('error', reject)
      req.end(JSON.stringify(input))
    })
  const stream = () => openStream(port, headers)
  return { core, call, stream }
}

describe('live updates for a session that must first choose its own password', () => {
  it('refuses the stream as its calls are refused, and opens it once the password is changed', async () => {
    const { core, call, stream } = await start()
    expect(await call('auth.signIn', { username: 'nia', password: TEMPORARY })).toMatchObject({
      ok: true,
      value: { mustChangePassword: true },
    })
    const refusedCall = await call('patients.search', { query: '' })
    expect(refusedCall).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'password_change_required' },
    })

    const refused = await stream()
    expect(refused.status).toBe(401)
    const body = JSON.parse(await refused.body) as { ok: boolean; error: unknown }
    // The very refusal a call gets, so the renderer reads both alike.
    expect(body).toEqual({ ok: false, error: refusedCall.error })
    core.events.publish({ kind: 'intake.submitted', intakeId: 41, highestUrgency: 'emergency' })
    expect(await refused.body).not.toContain('41')

    expect(
      await call('auth.changePassword', { currentPassword: TEMPORARY, newPassword: OWN }),
    ).toMatchObject({ ok: true })
    const live = await stream()
    expect(live.status).toBe(200)
    await live.until('ready')
    core.events.publish({ kind: 'intake.submitted', intakeId: 42, highestUrgency: 'emergency' })
    const change = await live.next()
    expect(change.event).toBe('change')
    expect(JSON.parse(change.data ?? '')).toMatchObject({ intakeId: 42 })
    live.close()
  })

  it('still gives a signed-out session the general refusal', async () => {
    const { stream } = await start()
    const refused = await stream()
    expect(refused.status).toBe(401)
    expect(JSON.parse(await refused.body)).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'signed_out' },
    })
  })
})
