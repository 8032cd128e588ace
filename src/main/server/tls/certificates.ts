import { randomBytes } from 'node:crypto'
import type { webcrypto as WebCrypto } from 'node:crypto'
import type { ServerNames } from './serverNames'
import { canonicalIp } from './serverNames'
import { webcrypto, x509 } from './x509'

/** ECDSA P-256 with SHA-256: small keys and fast handshakes, accepted by every current TLS stack. */
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const

const DAY_MS = 24 * 60 * 60 * 1000
/** The CA lives as long as the installation is likely to: pairings pin it. */
export const CA_VALIDITY_DAYS = 20 * 365
/** Under the 398 days browsers accept for a server certificate; renewed well before the end. */
export const SERVER_CERTIFICATE_VALIDITY_DAYS = 365
/** Servers are restarted at least this often in practice (updates, power cuts). */
export const RENEW_WHEN_DAYS_LEFT = 30
/** Clocks on a clinic's computers drift; a certificate that starts "now" may look not yet valid. */
const BACKDATE_MS = 60 * 60 * 1000

/** A certificate and its private key, both PEM. */
export interface CertificateWithKey {
  readonly certificate: string
  readonly privateKey: string
}

/** A positive serial number of 16 random bytes (RFC 5280 asks for at most 20, positive). */
function randomSerialNumber(): string {
  const bytes = randomBytes(16)
  bytes[0] = (bytes[0] ?? 0) & 0x7f
  return bytes.toString('hex')
}

async function exportPrivateKey(key: WebCrypto.CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key)
  return x509.PemConverter.encode(der, 'PRIVATE KEY')
}

async function importPrivateKey(pem: string): Promise<WebCrypto.CryptoKey> {
  const der = x509.PemConverter.decode(pem)[0]
  if (!der) throw new Error('The private key file holds no key')
  return webcrypto.subtle.importKey('pkcs8', der, KEY_ALGORITHM, false, ['sign'])
}

function generateKeys(): Promise<WebCrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])
}

/**
 * This clinic's own certificate authority: it signs the server's certificate, and workstations
 * pin it at pairing. Its name carries a random tag so that two clinics' CAs are told apart in a
 * browser's certificate list.
 */
export async function createCertificateAuthority(now: Date): Promise<CertificateWithKey> {
  const keys = await generateKeys()
  const tag = randomBytes(4).toString('hex').toUpperCase()
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialNumber(),
    name: [{ CN: [`Clinic Intake server CA ${tag}`] }, { O: ['Clinic Intake'] }],
    notBefore: new Date(now.getTime() - BACKDATE_MS),
    notAfter: new Date(now.getTime() + CA_VALIDITY_DAYS * DAY_MS),
    keys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      // It may sign server certificates, and nothing may sign below those.
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  })
  return {
    certificate: certificate.toString('pem'),
    privateKey: await exportPrivateKey(keys.privateKey),
  }
}

/** The server's certificate for `names`, signed by `ca`, with a new key of its own. */
export async function issueServerCertificate(options: {
  readonly ca: CertificateWithKey
  readonly names: ServerNames
  readonly now: Date
}): Promise<CertificateWithKey> {
  const { ca, names, now } = options
  const caCertificate = new x509.X509Certificate(ca.certificate)
  const keys = await generateKeys()
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerialNumber(),
    subject: [{ CN: [names.dnsNames[0] ?? 'localhost'] }, { O: ['Clinic Intake'] }],
    issuer: caCertificate.subjectName,
    notBefore: new Date(now.getTime() - BACKDATE_MS),
    notAfter: new Date(now.getTime() + SERVER_CERTIFICATE_VALIDITY_DAYS * DAY_MS),
    publicKey: keys.publicKey,
    signingKey: await importPrivateKey(ca.privateKey),
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension([
        ...names.dnsNames.map((value) => ({ type: 'dns' as const, value })),
        ...names.ipAddresses.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCertificate),
    ],
  })
  return {
    certificate: certificate.toString('pem'),
    privateKey: await exportPrivateKey(keys.privateKey),
  }
}

/** The names and addresses a server certificate was issued for. */
export function namesInCertificate(certificatePem: string): ServerNames {
  const certificate = new x509.X509Certificate(certificatePem)
  const san = certificate.getExtension(x509.SubjectAlternativeNameExtension)
  const items = san?.names.items ?? []
  return {
    dnsNames: items
      .filter((item) => item.type === 'dns')
      .map((item) => item.value)
      .sort(),
    ipAddresses: items
      .filter((item) => item.type === 'ip')
      .map((item) => canonicalIp(item.value))
      .sort(),
  }
}
