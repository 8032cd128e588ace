import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/log'
import { pairWithServer } from '../../../src/main/server/pairWithServer'
import { createPairingExchange } from '../../../src/main/server/pairing/pairingExchange'
import { createPinnedClient } from '../../../src/main/server/pinnedClient'
import { loadOrCreateServerTls, tlsServerOptions } from '../../../src/main/server/tls/serverTls'
import type { ServerTls } from '../../../src/main/server/tls/serverTls'
import { PAIRING_PATH } from '../../../src/shared/workstations/workstation'
import { useTempDir } from '../support/tempDataDir'
import { expectOk, useTestCore } from '../support/testCore'

const tempDir = useTempDir()
const openTestCore = useTestCore({ role: 'admin' })
const closers: (() => void)[] = []
afterEach(() => {
  while (closers.length) closers.pop()?.()
})

/** A minimal stand-in for the server's HTTP layer: POST /pairing goes to the exchange. */
async function clinicServer(answerCa?: ServerTls) {
  const { core, api } = openTestCore()
  const tls = await loadOrCreateServerTls({ dataDir: join(tempDir(), 'server') })
  const caToName = answerCa ?? tls
  const exchange = createPairingExchange({
    db: core.db,
    pairing: core.workstations,
    ca: { certificate: caToName.caCertificate, fingerprint: caToName.caFingerprint },
    audit: core.audit,
    log: silentLogger,
  })
  const server = createServer(tlsServerOptions(tls), (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const result =
        request.method === 'POST' && request.url === PAIRING_PATH
          ? exchange(JSON.parse(Buffer.concat(chunks).toString('utf8')), { shell: 'desktop' })
          : { ok: false, error: { kind: 'not_found', message: 'No such page.' } }
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify(result))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => {
    server.closeAllConnections()
    server.close()
  })
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { core, api, tls, origin }
}

describe('pairing from a workstation', () => {
  it('pins the clinic CA and gets a credential the server accepts', async () => {
    const { core, api, tls, origin } = await clinicServer()
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    const pairing = expectOk(await pairWithServer({ origin, code, workstationName: 'Room 3' }))
    expect(pairing.server).toEqual({
      origin,
      caCertificate: expect.stringContaining('BEGIN CERTIFICATE'),
      caFingerprint: tls.caFingerprint,
    })
    expect(core.workstations.verifyCredential(pairing.credential)).toMatchObject({ ok: true })
    // What it pinned is enough to talk to the server from now on.
    const client = createPinnedClient(pairing.server)
    closers.push(() => client.close())
    const reply = await client.request({ method: 'GET', path: '/' })
    expect(reply.status).toBe(200)
  })

  it("passes the server's refusal on, to show beside the code as typed", async () => {
    const { origin } = await clinicServer()
    const result = await pairWithServer({ origin, code: 'ZZZZ-ZZZZ', workstationName: 'Room 3' })
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['code'] }] },
    })
  })

  it('refuses an answer naming another CA than the one the connection presented', async () => {
    const other = await loadOrCreateServerTls({ dataDir: join(tempDir(), 'other') })
    const { api, origin } = await clinicServer(other)
    const { code } = expectOk(await api.workstations.createPairingCode({}))
    await expect(pairWithServer({ origin, code, workstationName: 'Room 3' })).rejects.toMatchObject(
      { name: 'CertificateMismatchError' },
    )
  })
})
