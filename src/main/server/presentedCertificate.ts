import { connect } from 'node:tls'
import type { DetailedPeerCertificate } from 'node:tls'
import { certificateFingerprint } from './tls/fingerprint'

/** What a server showed in its TLS handshake, as fingerprints and PEM. */
export interface PresentedCertificates {
  /** The server's own certificate. */
  readonly certificate: string
  readonly fingerprint: string
  /** The root of the chain it sent (its CA), when it sent one; null for a lone certificate. */
  readonly caCertificate: string | null
  readonly caFingerprint: string | null
}

function toPem(raw: Buffer): string {
  const lines = raw.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}

/** The top of the chain the server sent: a self-signed certificate other than the server's. */
function rootOf(leaf: DetailedPeerCertificate): DetailedPeerCertificate | null {
  let current = leaf
  const seen = new Set<string>()
  while (current.issuerCertificate && current.issuerCertificate !== current) {
    if (seen.has(current.fingerprint256)) break
    seen.add(current.fingerprint256)
    current = current.issuerCertificate
  }
  return current === leaf ? null : current
}

/**
 * Opens a TLS connection, reads the certificates the server presents, and closes it without
 * sending a single byte of application data. Used before pairing (to learn which CA to pin and
 * to show its fingerprint) and after a refused connection (to name what was presented instead).
 * Nothing read here is trusted: it is only reported.
 */
export function readPresentedCertificates(
  origin: string,
  options: { readonly timeoutMs?: number } = {},
): Promise<PresentedCertificates> {
  const url = new URL(origin)
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const port = Number(url.port || 443)
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port,
      ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
      // Only reading what is shown; nothing is sent, and the result decides nothing by itself.
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
      timeout: options.timeoutMs ?? 10_000,
    })
    socket.once('secureConnect', () => {
      const leaf = socket.getPeerCertificate(true)
      socket.destroy()
      if (!leaf?.raw) {
        reject(new Error('The server presented no certificate'))
        return
      }
      const root = rootOf(leaf)
      const caCertificate = root ? toPem(root.raw) : null
      resolve({
        certificate: toPem(leaf.raw),
        fingerprint: certificateFingerprint(leaf.raw),
        caCertificate,
        caFingerprint: caCertificate ? certificateFingerprint(caCertificate) : null,
      })
    })
    socket.once('timeout', () => socket.destroy(new Error('The TLS handshake timed out')))
    socket.once('error', reject)
  })
}
