// Helpers shared by `npm start` and `npm run serve`: build the app, then run one child process
// in the foreground, passing Ctrl-C and termination signals on so it can close the database.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { constants } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM']

/** `electron-vite build`, showing only warnings and errors. Exits the process when it fails. */
export async function buildApp() {
  console.log('Building…')
  const electronVite = join(repoRoot, 'node_modules', 'electron-vite')
  const { bin } = JSON.parse(readFileSync(join(electronVite, 'package.json'), 'utf8'))
  const cli = join(electronVite, typeof bin === 'string' ? bin : bin['electron-vite'])
  // Run through this Node rather than `npx`, which needs a shell on Windows.
  const code = await runForeground(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (code !== 0) {
    // Above 128 the build was interrupted (Ctrl-C), which needs no explanation.
    if (code < 128) console.error(`The build failed (exit code ${code}); see the messages above.`)
    process.exit(code)
  }
}

/**
 * Runs a command with this terminal, forwarding SIGINT and SIGTERM to it (a signal sent only to
 * this process, e.g. by a test runner, must still reach the app). Resolves with its exit code,
 * 128 + the signal number when a signal ended it, as shells report it.
 *
 * With `ipc`, the child also gets an IPC channel it never writes to: if this process dies without
 * passing a signal on (SIGKILL, a crash), the channel closes and the child sees `disconnect`,
 * so a server can stop cleanly instead of running on unnoticed with the database open.
 *
 * With `stopWhenOrphaned`, the child gets a SIGTERM once whoever started this process is gone.
 * npm runs a script through `sh -c`, and npm passes a SIGTERM on only to that shell; Debian's sh
 * (dash) dies of it without passing it to this process, which is then handed to init. Noticing
 * that (the parent's pid changes; checked twice a second) is what a service manager, Docker or a
 * wrapper that signals npm alone relies on to stop the server. (`exec` in the npm script would do
 * it at once, but Windows' cmd.exe, npm's shell there, has no `exec`.)
 */
export function runForeground(
  command,
  args,
  { stdio = 'inherit', env = process.env, ipc = false, stopWhenOrphaned = false } = {},
) {
  return new Promise((resolve, reject) => {
    const streams = typeof stdio === 'string' ? [stdio, stdio, stdio] : stdio
    const child = spawn(command, args, {
      cwd: repoRoot,
      stdio: ipc ? [...streams, 'ipc'] : stdio,
      env,
    })
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    }
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward)
    const parent = process.ppid
    const orphanWatch = stopWhenOrphaned
      ? setInterval(() => {
          if (process.ppid === parent) return
          clearInterval(orphanWatch)
          forward('SIGTERM')
        }, 500)
      : undefined
    const stopForwarding = () => {
      clearInterval(orphanWatch)
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward)
    }
    child.once('error', (error) => {
      stopForwarding()
      reject(error)
    })
    child.once('exit', (code, signal) => {
      stopForwarding()
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0))
    })
  })
}
