// The real clinic server (HTTPS, pairing, sessions, the one door, SQLite) on 127.0.0.1 and a free
// port, as the server's unit tests and the clinic-server benchmark both start it. The renderer
// build is not needed: two tiny placeholder pages stand in for it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONSOLE_CALLER } from '../../src/main/cli/consoleDoor'
import { silentLogger } from '../../src/main/log'
import { runClinicServer } from '../../src/main/server/runServer'
import type { RunningServer, RunServerOptions } from '../../src/main/server/runServer'
import { loadOrCreateKeyFile } from '../../src/main/storage/keyFile'

/** Starts a server on `dataDir` (created if missing) serving placeholder pages from `rendererDir`. */
export async function startLocalClinicServer(
  dataDir: string,
  rendererDir: string,
  options: Pick<RunServerOptions, 'pairingLimit'> = {},
): Promise<RunningServer> {
  mkdirSync(rendererDir, { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>the app</title>')
  writeFileSync(join(rendererDir, 'pairing.html'), '<!doctype html><title>pair</title>')
  mkdirSync(dataDir, { recursive: true })
  return runClinicServer({
    dataDir,
    rendererDir,
    log: silentLogger,
    keys: loadOrCreateKeyFile(dataDir),
    host: '127.0.0.1',
    port: 0,
    scheduleBackups: false,
    ...options,
  })
}

/** A call through the server's one door as the console (the CLI's caller); a refusal throws. */
export async function dispatchAsConsole(
  server: RunningServer,
  channel: string,
  input: unknown,
): Promise<unknown> {
  const result = await server.host.dispatch(channel, input, CONSOLE_CALLER)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value
}
