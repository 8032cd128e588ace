import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { get } from 'node:https'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  loadOrCreateServerTls,
  TlsFilesDamagedError,
  tlsServerOptions,
} from '../../../src/main/server/tls/serverTls'
import type { ServerTls } from '../../../src/main/server/tls/serverTls'
import { certificateFingerprint } from '../../../src/main/server/tls/fingerprint'
import { TLS_FILES, tlsFolder } from '../../../src/main/server/tls/tlsFiles'
import { useTempDir } from '../support/tempDataDir'
import { useHttpsServers } from './httpsSupport'

const tempDir = useTempDir()
const startServer = useHttpsServers()

const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/
const DAY_MS = 24 * 60 * 60 * 1000
const START = new Date('2026-03-01T09:00:00Z')

/** A machine with one LAN address on each family, and a loopback one that must not be listed. */
const CLINIC_PC = {
  hostname: 'front-desk-pc',
  interfaces: {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    eth0: [
      { address: '192.168.1.20', family: 'IPv4', internal: false },
      { address: 'FE80:0:0:0:0:0:0:AB%eth0', family: 'IPv6', internal: false },
    ],
  },
} as const

function optionsFor(dataDir: string, now = START, extra: object = {}) {
  return {
    dataDir,
    now: () => now,
    hostname: CLINIC_PC.hostname,
    interfaces: CLINIC_PC.interfaces as never,
    ...extra,
  }
}

function modeOf(path: string): number {
  return statSync(path).mode & 0o777
}

/** GET / over HTTPS trusting `ca` only; resolves the status or rejects with the TLS error. */
function getWithOnly(ca: string, origin: string, extra: object = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(`${origin}/`, { ca, ...extra }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    request.on('error', reject)
  })
}

describe('the clinic server certificate', () => {
  it('creates a CA and a server certificate for every name and address of the machine', async () => {
    const dataDir = join(tempDir(), 'data')
    const tls = await loadOrCreateServerTls(
      optionsFor(dataDir, START, { extraHosts: ['clinic.example'] }),
    )

    expect(tls.caCreated).toBe(true)
    expect(tls.serverCertificateState).toBe('created')
    expect(tls.caFingerprint).toMatch(FINGERPRINT)
    expect(tls.serverFingerprint).toMatch(FINGERPRINT)
    expect(tls.caFingerprint).toBe(certificateFingerprint(tls.caCertificate))
    expect(tls.names.dnsNames).toEqual([
      'clinic.example',
      'front-desk-pc',
      'front-desk-pc.local',
      'localhost',
    ])
    expect(tls.names.ipAddresses).toEqual(['127.0.0.1', '192.168.1.20', '::1', 'fe80::ab'])
  })

  it('keeps the keys readable by this account only: tls folder 0700, files 0600', async () => {
    const dataDir = join(tempDir(), 'data')
    await loadOrCreateServerTls(optionsFor(dataDir))
    expect(modeOf(tlsFolder(dataDir))).toBe(0o700)
    for (const name of Object.values(TLS_FILES)) {
      expect({ name, mode: modeOf(join(tlsFolder(dataDir), name)) }).toEqual({ name, mode: 0o600 })
    }
  })

  it('reuses the same CA and certificate on the next start', async () => {
    const dataDir = join(tempDir(), 'data')
    const first = await loadOrCreateServerTls(optionsFor(dataDir))
    const second = await loadOrCreateServerTls(
      optionsFor(dataDir, new Date(START.getTime() + DAY_MS)),
    )
    expect(second.caCreated).toBe(false)
    expect(second.serverCertificateState).toBe('reused')
    expect(second.caFingerprint).toBe(first.caFingerprint)
    expect(second.serverFingerprint).toBe(first.serverFingerprint)
    expect(second.serverPrivateKey).toBe(first.serverPrivateKey)
  })

  it('renews the server certificate near its end, with the same CA', async () => {
    const dataDir = join(tempDir(), 'data')
    const first = await loadOrCreateServerTls(optionsFor(dataDir))
    const later = await loadOrCreateServerTls(
      optionsFor(dataDir, new Date(START.getTime() + 340 * DAY_MS)),
    )
    expect(later.serverCertificateState).toBe('renewed_expiring')
    expect(later.caFingerprint).toBe(first.caFingerprint)
    expect(later.serverFingerprint).not.toBe(first.serverFingerprint)
    // And the renewed one is kept from then on.
    const again = await loadOrCreateServerTls(
      optionsFor(dataDir, new Date(START.getTime() + 341 * DAY_MS)),
    )
    expect(again.serverCertificateState).toBe('reused')
    expect(again.serverFingerprint).toBe(later.serverFingerprint)
  })

  it('renews the server certificate when the addresses changed, with the same CA', async () => {
    const dataDir = join(tempDir(), 'data')
    const first = await loadOrCreateServerTls(optionsFor(dataDir))
    const moved = await loadOrCreateServerTls(
      optionsFor(dataDir, START, {
        interfaces: { eth0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }] },
      }),
    )
    expect(moved.serverCertificateState).toBe('renewed_names_changed')
    expect(moved.caFingerprint).toBe(first.caFingerprint)
    expect(moved.names.ipAddresses).toContain('10.0.0.7')
    expect(moved.names.ipAddresses).not.toContain('192.168.1.20')
  })

  it('never replaces a CA whose key is missing: it stops with a clear message instead', async () => {
    const dataDir = join(tempDir(), 'data')
    const first = await loadOrCreateServerTls(optionsFor(dataDir))
    rmSync(join(tlsFolder(dataDir), TLS_FILES.caPrivateKey))
    await expect(loadOrCreateServerTls(optionsFor(dataDir))).rejects.toThrow(TlsFilesDamagedError)
    await expect(loadOrCreateServerTls(optionsFor(dataDir))).rejects.toThrow(/pair/)
    // The CA certificate is left as it was, for a person to put the key back beside it.
    const kept = readFileSync(join(tlsFolder(dataDir), TLS_FILES.caCertificate), 'utf8')
    expect(certificateFingerprint(kept)).toBe(first.caFingerprint)
    expect(existsSync(join(tlsFolder(dataDir), TLS_FILES.caPrivateKey))).toBe(false)
  })

  it('issues a new server certificate when its file is damaged', async () => {
    const dataDir = join(tempDir(), 'data')
    const first = await loadOrCreateServerTls(optionsFor(dataDir))
    writeFileSync(join(tlsFolder(dataDir), TLS_FILES.serverCertificate), 'not a certificate')
    const next = await loadOrCreateServerTls(optionsFor(dataDir))
    expect(next.serverCertificateState).toBe('renewed_unreadable')
    expect(next.caFingerprint).toBe(first.caFingerprint)
  })

  describe("with Node's TLS", () => {
    async function serve(): Promise<{ tls: ServerTls; origin: string }> {
      // Real time: Node checks the validity period against the real clock.
      const tls = await loadOrCreateServerTls({ dataDir: join(tempDir(), 'data') })
      const server = await startServer(tlsServerOptions(tls))
      return { tls, origin: server.origin }
    }

    it('is accepted by a client that trusts the clinic CA and nothing else', async () => {
      const { tls, origin } = await serve()
      await expect(getWithOnly(tls.caCertificate, origin)).resolves.toBe(200)
      // By name too: localhost is in the certificate.
      await expect(
        getWithOnly(tls.caCertificate, origin.replace('127.0.0.1', 'localhost')),
      ).resolves.toBe(200)
    })

    it('is refused by a client that trusts another CA, or only the system roots', async () => {
      const { origin } = await serve()
      const otherClinic = await loadOrCreateServerTls({ dataDir: join(tempDir(), 'other') })
      await expect(getWithOnly(otherClinic.caCertificate, origin)).rejects.toMatchObject({
        code: expect.stringMatching(/UNABLE_TO_VERIFY|SELF_SIGNED|ISSUER/),
      })
      await expect(
        new Promise((resolve, reject) => get(`${origin}/`, resolve).on('error', reject)),
      ).rejects.toMatchObject({
        code: expect.stringMatching(/UNABLE_TO_VERIFY|SELF_SIGNED|ISSUER/),
      })
    })
  })
})
