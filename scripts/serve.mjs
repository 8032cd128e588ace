// `npm run serve [-- --data-dir DIR] [--port N]`: build, then run the browser shell in the
// foreground; it prints the address to open. Ctrl-C closes the database cleanly.
import { join } from 'node:path'
import { buildApp, repoRoot, runForeground } from './lib/run.mjs'

await buildApp()
process.exitCode = await runForeground(process.execPath, [
  join(repoRoot, 'out', 'main', 'serve.js'),
  ...process.argv.slice(2),
])
