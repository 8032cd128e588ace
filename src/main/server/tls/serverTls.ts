import { createPrivateKey, X509Certificate } from 'node:crypto'
import type { SecureContextOptions } from 'node:tls'
import {
  createCertificateAuthority,
  issueServerCertificate,
  namesInCertificate,
  RENEW_WHEN_DAYS_LEFT,
} from './certificates'
import type { CertificateWithKey } from './certificates'
import { certificateFingerprint } from './fingerprint'
import { sameServerNames, serverNames } from './serverNames'
import type { ServerNames, ServerNamesSource } from './serverNames'
import { CA_FILES, ensureTlsFolder, readPair, SERVER_FILES, writePair } from './tlsFiles'

/** What happened to the server certificate at this start. */
export type ServerCertificateState =
  | 'created'
  | 'reused'
  | 'renewed_expiring'
  | 'renewed_names_changed'
  | 'renewed_not_from_this_ca'
  | 'renewed_unreadable'

/** Everything the HTTPS listener and the pairing exchange need. */
export interface ServerTls {
  /** The clinic's CA certificate (PEM): what workstations pin and browsers install. */
  readonly caCertificate: string
  /** Its SHA-256 fingerprint, `AB:CD:...`: stable across renewals, so it is what is printed. */
  readonly caFingerprint: string
  /** The server's own certificate (PEM) and key (PEM, PKCS#8). */
  readonly serverCertificate: string
  readonly serverPrivateKey: string
  readonly serverFingerprint: string
  readonly names: ServerNames
  readonly caCreated: boolean
  readonly serverCertificateState: ServerCertificateState
}

export interface ServerTlsOptions extends ServerNamesSource {
  readonly dataDir: string
  readonly now?: () => Date
}

/**
 * The CA's files exist but cannot be used (one of the two is missing, or they do not belong
 * together). Never replaced silently: a new CA unpairs every workstation, so a person decides.
 */
export class TlsFilesDamagedError extends Error {
  override readonly name = 'TlsFilesDamagedError'
}

const DAY_MS = 24 * 60 * 60 * 1000

function keyMatches(certificate: string, privateKey: string): boolean {
  try {
    return new X509Certificate(certificate).checkPrivateKey(createPrivateKey(privateKey))
  } catch {
    return false
  }
}

function loadCertificateAuthority(folder: string): CertificateWithKey | null {
  const { certificate, privateKey } = readPair(folder, CA_FILES)
  if (certificate === null && privateKey === null) return null
  if (certificate === null || privateKey === null || !keyMatches(certificate, privateKey)) {
    throw new TlsFilesDamagedError(
      `The clinic server's certificate authority files in ${folder} are incomplete or do not ` +
        'match, so the server cannot prove who it is. Nothing was changed. Put back the files ' +
        'from a backup of that folder; or, to start over, move the folder aside and start the ' +
        'server again: it makes a new certificate authority, and every workstation must then ' +
        'be paired again.',
    )
  }
  return { certificate, privateKey }
}

/** Why the stored server certificate cannot be used as it is, or null when it can. */
function renewalReason(
  stored: { certificate: string | null; privateKey: string | null },
  ca: CertificateWithKey,
  names: ServerNames,
  now: Date,
): Exclude<ServerCertificateState, 'reused'> | null {
  if (stored.certificate === null && stored.privateKey === null) return 'created'
  if (stored.certificate === null || stored.privateKey === null) return 'renewed_unreadable'
  let certificate: X509Certificate
  try {
    certificate = new X509Certificate(stored.certificate)
  } catch {
    return 'renewed_unreadable'
  }
  if (!keyMatches(stored.certificate, stored.privateKey)) return 'renewed_unreadable'
  const authority = new X509Certificate(ca.certificate)
  if (!certificate.checkIssued(authority) || !certificate.verify(authority.publicKey)) {
    return 'renewed_not_from_this_ca'
  }
  const msLeft = new Date(certificate.validTo).getTime() - now.getTime()
  if (msLeft < RENEW_WHEN_DAYS_LEFT * DAY_MS) return 'renewed_expiring'
  if (!sameServerNames(namesInCertificate(stored.certificate), names)) {
    return 'renewed_names_changed'
  }
  return null
}

/**
 * The server's TLS material, made on first start and kept in `<dataDir>/tls` (folder 0700,
 * files 0600). On later starts the CA is reused as it is (pairings pin it); the server
 * certificate is reused unless it is near its end, no longer lists this machine's names and
 * addresses, or is unreadable, in which case a new one is issued by the same CA.
 */
export async function loadOrCreateServerTls(options: ServerTlsOptions): Promise<ServerTls> {
  const now = (options.now ?? (() => new Date()))()
  const folder = ensureTlsFolder(options.dataDir)
  const names = serverNames(options)

  let ca = loadCertificateAuthority(folder)
  const caCreated = ca === null
  if (ca === null) {
    ca = await createCertificateAuthority(now)
    writePair(folder, CA_FILES, ca)
  }

  const stored = readPair(folder, SERVER_FILES)
  const reason = caCreated ? 'created' : renewalReason(stored, ca, names, now)
  let server: CertificateWithKey
  if (reason === null && stored.certificate !== null && stored.privateKey !== null) {
    server = { certificate: stored.certificate, privateKey: stored.privateKey }
  } else {
    server = await issueServerCertificate({ ca, names, now })
    writePair(folder, SERVER_FILES, server)
  }

  return {
    caCertificate: ca.certificate,
    caFingerprint: certificateFingerprint(ca.certificate),
    serverCertificate: server.certificate,
    serverPrivateKey: server.privateKey,
    serverFingerprint: certificateFingerprint(server.certificate),
    names: namesInCertificate(server.certificate),
    caCreated,
    serverCertificateState: reason ?? 'reused',
  }
}

/**
 * Options for `https.createServer` (or `tls.createSecureContext`): the server's certificate
 * followed by the CA's, so a client that pins the CA can build the chain; TLS 1.2 at least.
 */
export function tlsServerOptions(tls: ServerTls): SecureContextOptions {
  return {
    key: tls.serverPrivateKey,
    cert: `${tls.serverCertificate.trim()}\n${tls.caCertificate.trim()}\n`,
    minVersion: 'TLSv1.2',
  }
}

/** The line the server prints at start, with the fingerprint a workstation shows at pairing. */
export function serverStartLine(address: string, tls: ServerTls): string {
  return `Clinic server at ${address} (certificate SHA-256 ${tls.caFingerprint})`
}
