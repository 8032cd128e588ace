import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CertificateMismatchError,
  createPinnedClient,
  ServerCertificateOutdatedError,
  ServerUnreachableError,
} from '../../../src/main/server/pinnedClient'
import type { PinnedClient, PinnedServer } from '../../../src/main/server/pinnedClient'
import { readPresentedCertificates } from '../../../src/main/server/presentedCertificate'
import { issueServerCertificate } from '../../../src/main/server/tls/certificates'
import { loadOrCreateServerTls, tlsServerOptions } from '../../../src/main/server/tls/serverTls'
import type { ServerTls } from '../../../src/main/server/tls/serverTls'
import { TLS_FILES, tlsFolder } from '../../../src/main/server/tls/tlsFiles'
import { useTempDir } from '../support/tempDataDir'
import { useHttpsServers } from './httpsSupport'

const tempDir = useTempDir()
const startServer = useHttpsServers()
const clients: PinnedClient[] = []
afterEach(() => {
  while (clients.length) clients.pop()?.close()
})

function pinnedTo(tls: ServerTls, origin: string): PinnedClient {
  const server: PinnedServer = {
    origin,
    caCertificate: tls.caCertificate,
    caFingerprint: tls.caFingerprint,
  }
  const client = createPinnedClient(server, { timeoutMs: 5_000 })
  clients.push(client)
  return client
}

const caKeys = new Map<ServerTls, string>()

/** A clinic server's TLS material in a data folder of its own. */
async function clinicTls(name: string): Promise<ServerTls> {
  const dataDir = join(tempDir(), name)
  const tls = await loadOrCreateServerTls({ dataDir })
  caKeys.set(tls, readFileSync(join(tlsFolder(dataDir), TLS_FILES.caPrivateKey), 'utf8'))
  return tls
}

function caPrivateKeyOf(tls: ServerTls): string {
  return caKeys.get(tls) as string
}

describe('the pinned HTTPS client', () => {
  it('talks to the server whose CA it pinned', async () => {
    const tls = await clinicTls('clinic')
    const server = await startServer(tlsServerOptions(tls))
    const client = pinnedTo(tls, server.origin)
    const reply = await client.request({
      method: 'POST',
      path: '/rpc/settings.get',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body.toString('utf8'))).toEqual({ echo: '{"a":1}' })
    expect(server.received).toEqual([{ method: 'POST', url: '/rpc/settings.get', body: '{"a":1}' }])
  })

  it('refuses a server with another certificate, naming both fingerprints, and sends it nothing', async () => {
    const paired = await clinicTls('clinic')
    const impostor = await clinicTls('impostor')
    const server = await startServer(tlsServerOptions(impostor))
    const client = pinnedTo(paired, server.origin)

    const refusal = await client
      .request({ method: 'POST', path: '/rpc/auth.signIn', body: '{"password":"secret"}' })
      .then(
        () => null,
        (error: unknown) => error,
      )
    expect(refusal).toBeInstanceOf(CertificateMismatchError)
    const mismatch = refusal as CertificateMismatchError
    expect(mismatch.pinnedFingerprint).toBe(paired.caFingerprint)
    expect(mismatch.presentedFingerprint).toBe(impostor.caFingerprint)
    expect(mismatch.message).toContain(paired.caFingerprint)
    expect(mismatch.message).toContain(impostor.caFingerprint)
    expect(mismatch.message).toMatch(/nothing was sent/)
    expect(server.received).toEqual([])
  })

  it('refuses a lone self-signed certificate, naming its fingerprint', async () => {
    const paired = await clinicTls('clinic')
    const impostor = await clinicTls('impostor')
    // A single self-signed certificate, as a quickly set-up impostor would present.
    const server = await startServer({
      cert: impostor.caCertificate,
      key: caPrivateKeyOf(impostor),
    })
    const client = pinnedTo(paired, server.origin)
    await expect(client.request({ method: 'GET', path: '/' })).rejects.toMatchObject({
      name: 'CertificateMismatchError',
      presentedFingerprint: impostor.caFingerprint,
    })
    expect(server.received).toEqual([])
  })

  it("says the certificate is out of date when it is the clinic's but does not list the address", async () => {
    const tls = await clinicTls('clinic')
    const elsewhere = await issueServerCertificate({
      ca: { certificate: tls.caCertificate, privateKey: caPrivateKeyOf(tls) },
      names: { dnsNames: ['old-name'], ipAddresses: ['10.9.9.9'] },
      now: new Date(),
    })
    const server = await startServer({
      key: elsewhere.privateKey,
      cert: `${elsewhere.certificate.trim()}\n${tls.caCertificate}`,
    })
    const client = pinnedTo(tls, server.origin)
    await expect(client.request({ method: 'GET', path: '/' })).rejects.toMatchObject({
      name: 'ServerCertificateOutdatedError',
      reason: 'address_not_listed',
    })
    await expect(client.request({ method: 'GET', path: '/' })).rejects.toBeInstanceOf(
      ServerCertificateOutdatedError,
    )
    expect(server.received).toEqual([])
  })

  it('tells an unreachable server apart from a wrong one', async () => {
    const tls = await clinicTls('clinic')
    const port = await freePort()
    const client = pinnedTo(tls, `https://127.0.0.1:${port}`)
    const error = await client.request({ method: 'GET', path: '/' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerUnreachableError)
    expect((error as ServerUnreachableError).code).toBe('ECONNREFUSED')
    expect((error as Error).message).toMatch(/cannot be reached/)
  })

  it('will not pin a CA certificate that does not match the fingerprint given with it', async () => {
    const tls = await clinicTls('clinic')
    const other = await clinicTls('other')
    expect(() =>
      createPinnedClient({
        origin: 'https://127.0.0.1:1',
        caCertificate: tls.caCertificate,
        caFingerprint: other.caFingerprint,
      }),
    ).toThrow(/does not match/)
    expect(() =>
      createPinnedClient({
        origin: 'http://127.0.0.1:1',
        caCertificate: tls.caCertificate,
        caFingerprint: tls.caFingerprint,
      }),
    ).toThrow(/HTTPS only/)
  })

  it('reads what a server presents before pairing, without sending anything', async () => {
    const tls = await clinicTls('clinic')
    const server = await startServer(tlsServerOptions(tls))
    const presented = await readPresentedCertificates(server.origin)
    expect(presented.fingerprint).toBe(tls.serverFingerprint)
    expect(presented.caFingerprint).toBe(tls.caFingerprint)
    expect(server.received).toEqual([])
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
