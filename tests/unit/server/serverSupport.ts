import { request } from 'node:https'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { RunningServer } from '../../../src/main/server/runServer'
import type { Role } from '../../../src/shared/contract/roles'
import { useTempDir } from '../support/tempDataDir'
import { dispatchAsConsole, startLocalClinicServer } from '../../support/localClinicServer'

export const PASSWORD = 'Tangerine-Walrus-Orbit-93!'

export interface Reply {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
  json(): { ok: boolean; value?: unknown; error?: { kind: string; reason?: string } }
}

/** One browser: its cookie jar, its origin headers, and its tabs (sessionStorage ids). */
export interface Browser {
  readonly cookies: Map<string, string>
  get(path: string, options?: { tab?: string }): Promise<Reply>
  post(
    path: string,
    body: unknown,
    options?: { tab?: string; headers?: Record<string, string> },
  ): Promise<Reply>
  call(channel: string, input: unknown, tab?: string): Promise<Reply>
  /** Pairs this browser with a fresh code as `name`. */
  pair(name: string): Promise<Reply>
  signIn(username: string, tab?: string): Promise<Reply>
}

export interface TestServer {
  readonly server: RunningServer
  readonly port: number
  readonly origin: string
  readonly dataDir: string
  browser(): Browser
  addUser(username: string, role: Role): Promise<number>
  pairingCode(): Promise<string>
  /** A raw request with exactly these headers (no cookie jar). */
  raw(
    path: string,
    options: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<Reply>
}

function setCookies(reply: Reply): string[] {
  const header = reply.headers['set-cookie']
  return Array.isArray(header) ? header : header ? [header] : []
}

/** A clinic server on 127.0.0.1, a free port and a new data folder, closed after each test. */
export function useTestServer(): () => Promise<TestServer> {
  const tempDir = useTempDir()
  const running: RunningServer[] = []
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close()
  })

  return async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const server = await startLocalClinicServer(dataDir, join(dir, 'renderer'))
    running.push(server)
    const port = Number(new URL(server.origin).port)
    const origin = `https://127.0.0.1:${port}`

    const raw: TestServer['raw'] = (path, options) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path,
            method: options.method ?? 'GET',
            ca: server.tls.caCertificate,
            // The name TLS checks; the Host header may say anything (a test of the Host check).
            servername: 'localhost',
            agent: false,
            headers: { Host: `127.0.0.1:${port}`, ...options.headers },
          },
          (res) => {
            let body = ''
            res.on('data', (chunk: Buffer) => (body += chunk.toString()))
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body,
                json: () => JSON.parse(body) as ReturnType<Reply['json']>,
              }),
            )
          },
        )
        req.on('error', reject)
        req.end(options.body)
      })

    const consoleCall = (channel: string, input: unknown) =>
      dispatchAsConsole(server, channel, input)

    const pairingCode = async () =>
      ((await consoleCall('workstations.createPairingCode', {})) as { code: string }).code

    const browser = (): Browser => {
      const cookies = new Map<string, string>()
      const keep = (reply: Reply) => {
        for (const line of setCookies(reply)) {
          const [pair = '', ...attributes] = line.split(';')
          const [name = '', value = ''] = pair.split('=')
          const expired = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0')
          if (expired) cookies.delete(name.trim())
          else cookies.set(name.trim(), value)
        }
        return reply
      }
      const cookieHeader = (): Record<string, string> =>
        cookies.size
          ? { Cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}
      const self: Browser = {
        cookies,
        get: async (path, options = {}) =>
          keep(
            await raw(path, {
              headers: {
                ...cookieHeader(),
                ...(options.tab ? { 'x-clinic-tab': options.tab } : {}),
              },
            }),
          ),
        post: async (path, body, options = {}) =>
          keep(
            await raw(path, {
              method: 'POST',
              body: JSON.stringify(body),
              headers: {
                'Content-Type': 'application/json',
                Origin: origin,
                'Sec-Fetch-Site': 'same-origin',
                ...cookieHeader(),
                ...(options.tab ? { 'x-clinic-tab': options.tab } : {}),
                ...options.headers,
              },
            }),
          ),
        call: (channel, input, tab = 'tab-one-0001') =>
          self.post(`/rpc/${channel}`, input, { tab }),
        pair: async (name) =>
          self.post('/pairing', { code: await pairingCode(), workstationName: name }),
        signIn: (username, tab) => self.call('auth.signIn', { username, password: PASSWORD }, tab),
      }
      return self
    }

    return {
      server,
      port,
      origin,
      dataDir,
      browser,
      raw,
      pairingCode,
      addUser: async (username, role) => {
        const { id } = (await consoleCall('users.create', {
          username,
          displayName: `Test ${username}`,
          role,
          password: PASSWORD,
        })) as { id: number }
        // As if its owner had already made the (temporary) password their own at a first
        // sign-in, which these tests are not about (tests/unit/auth/adminCreatedAccounts.test.ts).
        server.host
          .core()
          ?.db.prepare('UPDATE users SET must_change_password = 0 WHERE id = ?')
          .run(id)
        return id
      },
    }
  }
}
