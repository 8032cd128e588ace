import { fileURLToPath } from 'node:url'
import { defaultDataDir, resolveDataDir } from '../dataDir'
import { createStartupProgressReporter } from '../host/startupProgressReporter'
import { createShellLogger } from '../logging/shellLogger'
import { restrictNewFiles } from '../storage/fileModes'
import { keysForServer } from '../host/shellKeys'
import { runClinicServer } from './runServer'
import { parseServerArgs } from './serverArgs'

/**
 * Entry of the clinic server: `npm run server -- --data-dir DIR [--host ADDR] [--port N]
 * [--passphrase]`. Headless: prints one line (address and certificate fingerprint), then serves
 * the clinic's workstations until SIGTERM or SIGINT, which close it cleanly.
 */
async function main(): Promise<void> {
  // Before anything is written: every file this process creates is for this account only.
  restrictNewFiles()
  // Started by `npm run server` (scripts/server.mjs), the server holds an IPC channel to that
  // wrapper, which closes when the wrapper dies without passing a signal on (SIGKILL, a crash).
  // Watched from the start, so that a wrapper lost during a long first start is not missed.
  const parentGone = new Promise<void>((resolve) => {
    if (process.channel) process.once('disconnect', () => resolve())
  })
  const args = parseServerArgs(process.argv.slice(2))
  const log = createShellLogger()
  const dataDir = resolveDataDir(args.dataDir, defaultDataDir)
  // Rotating files in <dataDir>/logs/, where a support person finds an error's reference.
  log.writeToDataDir(dataDir)
  const keys = await keysForServer({ dataDir, passphrase: args.passphrase ?? false, log })
  const server = await runClinicServer({
    dataDir,
    rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    log,
    keys,
    ...(args.host ? { host: args.host } : {}),
    ...(args.port !== undefined ? { port: args.port } : {}),
    ...(args.idleLockSeconds ? { idleLockSeconds: args.idleLockSeconds } : {}),
    // A first start after an upgrade can take a minute before the server listens.
    onStartupProgress: createStartupProgressReporter({
      write: (line) => process.stdout.write(line),
      log,
    }).onProgress,
  })
  console.log(server.startLine)

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('server.stopping', { signal })
    void server
      .close()
      .catch((error: unknown) => log.error('server.close_failed', error))
      .finally(() => void log.close().finally(() => process.exit(0)))
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  // The wrapper gone, the server stops cleanly rather than run on unnoticed with the database open.
  void parentGone.then(() => shutdown('parent-exited'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : 'The clinic server could not start.')
  process.exit(1)
})
