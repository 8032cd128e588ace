import { isIP } from 'node:net'
import { hostname as osHostname, networkInterfaces } from 'node:os'
import type { NetworkInterfaceInfo } from 'node:os'

/** The names and addresses a server certificate is issued for (its subject alternative names). */
export interface ServerNames {
  readonly dnsNames: readonly string[]
  readonly ipAddresses: readonly string[]
}

export interface ServerNamesSource {
  /** `--host` values given at start (a name or an address). */
  readonly extraHosts?: readonly string[]
  /** The machine's host name and interfaces; the real ones unless a test gives its own. */
  readonly hostname?: string
  readonly interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>
}

/** One spelling per IP address (`::1`, lower-case hex, compressed), so lists compare equal. */
export function canonicalIp(address: string): string {
  const bare = address.split('%')[0] ?? address
  if (isIP(bare) === 6) return new URL(`http://[${bare}]/`).hostname.slice(1, -1)
  return bare
}

/** "Listen everywhere" is not an address anyone connects to; it never goes in a certificate. */
const UNSPECIFIED = new Set(['0.0.0.0', '::'])

/**
 * Everything a workstation may type to reach this server: localhost, the loopback addresses,
 * the machine's host name (and its `.local` form, which mDNS answers), every non-internal IPv4
 * and IPv6 address, and any `--host` given. Sorted and without repeats, so two lists taken at
 * different starts compare equal when nothing changed.
 */
export function serverNames(source: ServerNamesSource = {}): ServerNames {
  const dns = new Set<string>(['localhost'])
  const ips = new Set<string>(['127.0.0.1', '::1'])
  const add = (value: string) => {
    const trimmed = value.trim()
    if (trimmed === '') return
    const bare = trimmed.replace(/^\[(.*)\]$/, '$1')
    if (isIP(bare.split('%')[0] ?? bare)) {
      const ip = canonicalIp(bare)
      if (!UNSPECIFIED.has(ip)) ips.add(ip)
    } else {
      dns.add(trimmed.toLowerCase().replace(/\.$/, ''))
    }
  }
  const host = source.hostname ?? osHostname()
  if (host) {
    add(host)
    if (!host.includes('.')) add(`${host}.local`)
  }
  const interfaces = source.interfaces ?? networkInterfaces()
  for (const addresses of Object.values(interfaces)) {
    for (const info of addresses ?? []) if (!info.internal) add(info.address)
  }
  for (const extra of source.extraHosts ?? []) add(extra)
  return { dnsNames: [...dns].sort(), ipAddresses: [...ips].sort() }
}

export function sameServerNames(a: ServerNames, b: ServerNames): boolean {
  const key = (names: ServerNames) =>
    JSON.stringify([[...names.dnsNames].sort(), [...names.ipAddresses].map(canonicalIp).sort()])
  return key(a) === key(b)
}
