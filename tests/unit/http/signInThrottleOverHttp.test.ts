import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { createRpcServer } from '../../../src/main/http/rpcServer'
import { silentLogger } from '../../../src/main/log'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const TOKEN = 'test-token-0123456789'
let core: Core
let server: Server
let port: number

/**
 * A sign-in try as a signed-out browser tab makes it: the device proved, a tab named, and no
 * session cookie (a signed-out tab has none, and a guesser can always leave it out).
 */
function signInFromTab(tab: string, username: string, password: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/rpc/auth.signIn',
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${port}`,
          'Content-Type': 'application/json',
          Authorization: `Bearer ${TOKEN}`,
          'x-clinic-tab': tab,
        },
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve(JSON.parse(body)))
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify({ username, password }))
  })
}

beforeEach(async () => {
  const dir = tempDir()
  const rendererDir = join(dir, 'renderer')
  mkdirSync(rendererDir)
  core = openCore({ dataDir: join(dir, 'data'), log: silentLogger })
  server = createRpcServer({
    dispatch: core.dispatch,
    sessions: () => core.sessions,
    rendererDir,
    token: TOKEN,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  core.close()
})

describe('sign-in failures over HTTP', () => {
  it('are counted per device, so a signed-out tab with no session cookie is still slowed down', async () => {
    expect(await signInFromTab('tab-aaaaaaaa', 'fran', 'wrong-guess-1')).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'wrong_credentials' },
    })
    // At once again, from the same tab and from a tab named afresh: each has to wait.
    for (const tab of ['tab-aaaaaaaa', 'tab-bbbbbbbb']) {
      expect(await signInFromTab(tab, 'fran', 'wrong-guess-2')).toMatchObject({
        ok: false,
        error: { kind: 'unauthenticated', reason: 'wait' },
      })
    }
  })
})
