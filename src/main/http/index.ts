import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { parseShellArgs } from '../args'
import { defaultDataDir, resolveDataDir } from '../dataDir'
import { openCoreHost } from '../host/coreHost'
import { createConsoleLogger } from '../log'
import { createRpcServer } from './rpcServer'

/** Entry of the browser shell: `npm run serve -- [--data-dir DIR] [--port N]`. */
function main(): void {
  const args = parseShellArgs(process.argv.slice(2))
  const log = createConsoleLogger()
  const dataDir = resolveDataDir(args.dataDir, defaultDataDir)
  // A damaged database does not stop the shell: it serves the renderer, which shows the
  // damaged-database screen, and never creates an empty database in its place.
  const host = openCoreHost({
    dataDir,
    log,
    shell: 'browser',
    scheduleBackups: true,
    ...(args.idleLockSeconds ? { idleLockOverrideSeconds: args.idleLockSeconds } : {}),
  })
  const token = randomBytes(32).toString('base64url')
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
  const server = createRpcServer({ dispatch: host.dispatch, rendererDir, token })

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
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

try {
  main()
} catch (error) {
  console.error(error instanceof Error ? error.message : 'The browser shell could not start.')
  process.exit(1)
}
