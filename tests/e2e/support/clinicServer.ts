import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startUntilReady } from './startUntilReady'

const READY_LINE = /^Clinic server at (https:\/\/[^ ]+) \(certificate SHA-256 ([0-9A-F:]+)\)$/

export interface ClinicServer {
  /** `https://127.0.0.1:PORT`. */
  readonly origin: string
  readonly port: number
  /** The clinic's CA (PEM), for a browser context or a Node client to trust. */
  readonly caCertificate: string
  readonly caFingerprint: string
  readonly process: ChildProcess
  /** SIGTERM, as a service manager stops it; resolves with the exit code. */
  stop(): Promise<number | null>
  /** SIGKILL: the server dies mid-work (a power cut); resolves once it is gone. */
  kill(): Promise<number | null>
}

/**
 * Starts the built clinic server (`out/main/server.js`) on loopback, `port` (0: a free one)
 * and `dataDir`, and waits for its start line. Extra arguments (e.g. `--idle-lock-seconds 5`) are passed on.
 */
export async function startClinicServer(
  dataDir: string,
  extraArgs: string[] = [],
  // A restart after a crash comes back on the port the workstations know.
  port = 0,
): Promise<ClinicServer> {
  const started = await startUntilReady(
    'clinic server',
    [
      'out/main/server.js',
      '--data-dir',
      dataDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      ...extraArgs,
    ],
    READY_LINE,
    30_000,
  )
  const [, origin, caFingerprint] = started.match as unknown as [string, string, string]
  return {
    origin,
    port: Number(new URL(origin).port),
    caCertificate: readFileSync(join(dataDir, 'tls', 'ca-certificate.pem'), 'utf8'),
    caFingerprint,
    process: started.process,
    stop: () => started.signal('SIGTERM'),
    kill: () => started.signal('SIGKILL'),
  }
}
