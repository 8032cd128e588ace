import { X509Certificate } from 'node:crypto'

/**
 * The SHA-256 fingerprint of a certificate (PEM or DER) as people compare it by eye and as the
 * server prints it: upper-case hex pairs joined by colons, `AB:CD:...` (32 pairs).
 */
export function certificateFingerprint(certificate: string | Buffer): string {
  return new X509Certificate(certificate).fingerprint256
}

/** Fingerprints are compared whatever their case or separators, as a person may type one. */
export function sameFingerprint(a: string, b: string): boolean {
  const plain = (value: string) => value.replace(/[^0-9a-f]/gi, '').toUpperCase()
  return plain(a) !== '' && plain(a) === plain(b)
}
