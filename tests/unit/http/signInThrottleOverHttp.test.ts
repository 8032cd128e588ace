import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../support/tempDataDir'
import { startRpcServer, stopRpcServer, TOKEN } from './rpcServerSupport'
import type { RunningRpcServer } from './rpcServerSupport'

const tempDir = useTempDir()
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

let running: RunningRpcServer
beforeEach(async () => {
  running = await startRpcServer(tempDir())
  port = running.port
})

afterEach(() => stopRpcServer(running))

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
