// `npm run server -- --data-dir DIR [--host ADDR] [--port N] [--passphrase]`: build, then run
// the clinic server in the foreground; it prints its address and certificate fingerprint.
// Ctrl-C (or SIGTERM) closes the database cleanly.
import { join } from 'node:path'
import { buildApp, repoRoot, runForeground } from './lib/run.mjs'

await buildApp()
process.exitCode = await runForeground(process.execPath, [
  join(repoRoot, 'out', 'main', 'server.js'),
  ...process.argv.slice(2),
])
