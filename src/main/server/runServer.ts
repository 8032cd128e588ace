import { networkInterfaces } from 'node:os'
import type { AddressInfo } from 'node:net'
import { openCoreHost } from '../host/coreHost'
import type { CoreHost, CoreHostOptions } from '../host/coreHost'
import type { Logger } from '../log'
import type { InstallationKeys } from '../storage/installationKeys'
import { createClinicServer } from './http/clinicServer'
import type { PairingAttemptLimit } from './http/pairingAttempts'
import { loadOrCreateServerTls, serverStartLine } from './tls/serverTls'
import type { ServerTls } from './tls/serverTls'
import { DEFAULT_SERVER_HOST, DEFAULT_SERVER_PORT } from './serverArgs'

export interface RunServerOptions {
  readonly dataDir: string
  readonly rendererDir: string
  readonly log: Logger
  readonly keys: InstallationKeys
  /** Listen on this address only (and name it in the certificate); default every address. */
  readonly host?: string
  /** Default 8443; 0 picks a free port (tests). */
  readonly port?: number
  readonly idleLockSeconds?: number
  /** Daily backups on the server (off in tests). */
  readonly scheduleBackups?: boolean
  readonly bodyTimeoutMs?: number
  /** Pairing tries per address; default 10 per 10 minutes (see pairingAttempts.ts). */
  readonly pairingLimit?: PairingAttemptLimit
  /** The one-time work of a first start after an upgrade, as it goes (the terminal line). */
  readonly onStartupProgress?: CoreHostOptions['onProgress']
}

export interface RunningServer {
  /** `https://ADDR:PORT`, the address printed. */
  readonly origin: string
  /** The one line to print: the address and the CA's fingerprint. */
  readonly startLine: string
  readonly tls: ServerTls
  readonly host: CoreHost
  /** Closes the listener, every connection (event streams too) and the database. */
  close(): Promise<void>
}

/** The address people type: the first LAN IPv4 address, else loopback. */
export function firstLanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const info of addresses ?? []) {
      if (!info.internal && info.family === 'IPv4') return info.address
    }
  }
  return '127.0.0.1'
}

function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address
}

/**
 * The clinic server: the same core host as the shells (holding the data folder's lock as
 * `server`), its TLS material (made on first start), and the HTTPS listener. Resolves once it
 * listens.
 */
export async function runClinicServer(options: RunServerOptions): Promise<RunningServer> {
  // A damaged database does not stop the server: calls get the recovery door's answers.
  const host = openCoreHost({
    dataDir: options.dataDir,
    log: options.log,
    keys: options.keys,
    shell: 'browser',
    lockProgram: 'server',
    scheduleBackups: options.scheduleBackups ?? true,
    ...(options.idleLockSeconds ? { idleLockOverrideSeconds: options.idleLockSeconds } : {}),
    ...(options.onStartupProgress ? { onProgress: options.onStartupProgress } : {}),
  })
  // After the lock: only the folder's holder may renew the certificate files.
  let tls: ServerTls
  try {
    tls = await loadOrCreateServerTls({
      dataDir: options.dataDir,
      ...(options.host ? { extraHosts: [options.host] } : {}),
    })
  } catch (error) {
    host.close()
    throw error
  }
  const server = createClinicServer({
    host,
    tls,
    rendererDir: options.rendererDir,
    log: options.log,
    ...(options.bodyTimeoutMs !== undefined ? { bodyTimeoutMs: options.bodyTimeoutMs } : {}),
    ...(options.pairingLimit ? { pairingLimit: options.pairingLimit } : {}),
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(
        options.port ?? DEFAULT_SERVER_PORT,
        options.host ?? DEFAULT_SERVER_HOST,
        () => {
          server.off('error', reject)
          resolve()
        },
      )
    })
  } catch (error) {
    host.close()
    throw error
  }
  // A workstation that resets a connection mid-request is its own problem, not the server's.
  server.on('clientError', (_error, socket) => socket.destroy())
  const port = (server.address() as AddressInfo).port
  const origin = `https://${urlHost(options.host ?? firstLanAddress())}:${port}`

  let closing: Promise<void> | null = null
  return {
    origin,
    startLine: serverStartLine(origin, tls),
    tls,
    host,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Event streams never end by themselves: close them, and every idle keep-alive.
        server.closeAllConnections()
      }).finally(() => host.close())
      return closing
    },
  }
}
