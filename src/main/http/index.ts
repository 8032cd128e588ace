import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { parseShellArgs } from '../args'
import { defaultDataDir, resolveDataDir } from '../dataDir'
import { openCoreHost } from '../host/coreHost'
import { createStartupProgressReporter } from '../host/startupProgressReporter'
import { createShellLogger } from '../logging/shellLogger'
import { restrictNewFiles } from '../storage/fileModes'
import { keysForServer } from '../host/shellKeys'
import { createRpcServer } from './rpcServer'

/** Entry of the browser shell: `npm run serve -- [--data-dir DIR] [--port N] [--passphrase]`. */
async function main(): Promise<void> {
  // Before anything is written: every file this process creates is for this account only.
  restrictNewFiles()
  const args = parseShellArgs(process.argv.slice(2))
  const log = createShellLogger()
  const dataDir = resolveDataDir(args.dataDir, defaultDataDir)
  // Rotating files in <dataDir>/logs/, where a support person finds an error's reference.
  log.writeToDataDir(dataDir)
  // The key file (0600) by default; a wrong passphrase stops here, before the database opens.
  const keys = await keysForServer({ dataDir, passphrase: args.passphrase ?? false, log })
  // A damaged database does not stop the shell: it serves the renderer, which shows the
  // damaged-database screen, and never creates an empty database in its place.
  const host = openCoreHost({
    dataDir,
    log,
    keys,
    shell: 'browser',
    scheduleBackups: true,
    // The core opens before the server listens: the terminal line is the whole story.
    onProgress: createStartupProgressReporter({
      write: (line) => process.stdout.write(line),
      log,
    }).onProgress,
    ...(args.idleLockSeconds ? { idleLockOverrideSeconds: args.idleLockSeconds } : {}),
  })
  const token = randomBytes(32).toString('base64url')
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
  const server = createRpcServer({
    dispatch: host.dispatch,
    sessions: () => host.core()?.sessions ?? null,
    events: () => host.core()?.events ?? null,
    rendererDir,
    token,
    log,
  })

  server.listen(args.port ?? 0, '127.0.0.1', () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : args.port
    // The one line a person (or a test) needs: open this address in a browser on this machine.
    console.log(`Clinic Intake is running at http://127.0.0.1:${port}/?token=${token}`)
  })

  let closing = false
  const shutdown = () => {
    if (closing) return
    closing = true
    server.close()
    server.closeAllConnections()
    host.close()
    void log.close().finally(() => process.exit(0))
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : 'The browser shell could not start.')
  process.exit(1)
})
