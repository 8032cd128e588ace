import { mkdirSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { createRpcServer } from '../../../src/main/http/rpcServer'
import { silentLogger } from '../../../src/main/log'

/** The launch token the browser shell's tests present (`Authorization: Bearer ...`). */
export const TOKEN = 'test-token-0123456789'

export interface RunningRpcServer {
  readonly core: Core
  readonly server: Server
  readonly port: number
  /** Serves the renderer's files from here; holds a one-line index.html. */
  readonly rendererDir: string
}

/** The browser shell's server over a core in `dir`, listening on 127.0.0.1 and a free port. */
export async function startRpcServer(
  dir: string,
  options: { bodyTimeoutMs?: number } = {},
): Promise<RunningRpcServer> {
  const rendererDir = join(dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>')
  const core = openCore({ dataDir: join(dir, 'data'), log: silentLogger })
  const server = createRpcServer({
    dispatch: core.dispatch,
    sessions: () => core.sessions,
    rendererDir,
    token: TOKEN,
    ...options,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return { core, server, port, rendererDir }
}

/** Drops open connections (a test may leave one trickling), then closes the server and core. */
export async function stopRpcServer({ core, server }: RunningRpcServer): Promise<void> {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  core.close()
}
