// `npm run server -- --data-dir DIR [--host ADDR] [--port N] [--passphrase]`: build, then run
// the clinic server in the foreground; it prints its address and certificate fingerprint.
// Ctrl-C (or SIGTERM) closes the database cleanly.
//
// A SIGTERM sent to npm alone reaches the server too: see `stopWhenOrphaned` in lib/run.mjs.
import { join } from 'node:path'
import { buildApp, repoRoot, runForeground } from './lib/run.mjs'
import { SERVER_NODE_OPTIONS } from './lib/serverNodeOptions.mjs'

await buildApp()
process.exitCode = await runForeground(
  process.execPath,
  [...SERVER_NODE_OPTIONS, join(repoRoot, 'out', 'main', 'server.js'), ...process.argv.slice(2)],
  // Should this wrapper die without passing a signal on, the server notices and stops cleanly;
  // should npm's shell die so (a SIGTERM to npm alone), this wrapper notices and stops the server.
  { ipc: true, stopWhenOrphaned: true },
)
