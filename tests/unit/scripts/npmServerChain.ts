// `npm run server` for real (npm, the shell npm runs the script in, scripts/server.mjs and the
// built server) in a scratch copy of the package: the same package.json script and the same
// wrapper files, but a build step that is a stand-in, because out/ is built once beforehand into
// the scratch folder. The app's own out/ is never rebuilt under a running app.
import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/**
 * A scratch package inside the repository's node_modules/.cache, so that the built server finds
 * its packages (better-sqlite3 and the rest) and resources/ by walking up, as it does in out/.
 */
export function makeScratchPackage(): string {
  const cache = join(repoRoot, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  const root = mkdtempSync(join(cache, 'clinic-server-stop-'))
  try {
    fillScratchPackage(root)
  } catch (error) {
    removeScratchPackage(root)
    throw error
  }
  return root
}

function fillScratchPackage(root: string): void {
  const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: 'server-stop-test', private: true, type: 'module', scripts }),
  )
  mkdirSync(join(root, 'scripts', 'lib'), { recursive: true })
  for (const file of ['server.mjs', join('lib', 'run.mjs'), join('lib', 'serverNodeOptions.mjs')]) {
    copyFileSync(join(repoRoot, 'scripts', file), join(root, 'scripts', file))
  }
  // The wrapper's build step runs node_modules/electron-vite's bin: here it has nothing to do.
  const electronVite = join(root, 'node_modules', 'electron-vite')
  mkdirSync(electronVite, { recursive: true })
  writeFileSync(
    join(electronVite, 'package.json'),
    JSON.stringify({ name: 'electron-vite', bin: { 'electron-vite': 'bin.js' } }),
  )
  writeFileSync(join(electronVite, 'bin.js'), '// out/ was built by the test beforehand.\n')
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
      'build',
      '--outDir',
      join(root, 'out'),
      '--logLevel',
      'error',
    ],
    { cwd: repoRoot, stdio: 'ignore' },
  )
}

export function removeScratchPackage(root: string): void {
  rmSync(root, { recursive: true, force: true })
}

export interface ExitStatus {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

export interface NpmServer {
  /** npm's own process, the leader of a process group that holds the whole chain. */
  readonly npm: ChildProcess
  readonly exited: Promise<ExitStatus>
  /** Resolves with the start line, rejects if npm ends first or the line is slow to come. */
  readonly started: Promise<string>
  /** SIGKILLs whatever of the chain is still running (the group, then any stray). */
  killAll(): void
}

/** `npm run server -- --data-dir DIR --host 127.0.0.1 --port 0`, in its own process group. */
export function startNpmServer(root: string, dataDir: string, startTimeoutMs: number): NpmServer {
  // A service starts npm with a plain environment, not one inherited from an npm run.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  )
  const args = ['run', 'server', '--', '--data-dir', dataDir, '--host', '127.0.0.1', '--port', '0']
  const npm = spawn('npm', args, {
    cwd: root,
    env: { ...env, npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<ExitStatus>((resolve) =>
    npm.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start line within ${startTimeoutMs} ms:\n${output}`)),
      startTimeoutMs,
    )
    const check = () => {
      const line = /Clinic server at https:\/\/\S+/.exec(output)
      if (!line) return
      clearTimeout(timer)
      resolve(line[0])
    }
    npm.stdout?.on('data', check)
    void exited.then(() => {
      clearTimeout(timer)
      reject(new Error(`npm ended before the server started:\n${output}`))
    })
  })
  // The rejection is reported by whoever awaits it; an unawaited one must not fail the run.
  started.catch(() => {})
  const killAll = () => {
    if (npm.pid === undefined) return
    try {
      process.kill(-npm.pid, 'SIGKILL')
    } catch {
      // The group is gone already.
    }
  }
  return { npm, exited, started, killAll }
}

/** Whether `pid` still runs (a zombie waiting to be reaped has stopped running). */
export function isRunning(pid: number): boolean {
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' })
    return state.trim() !== '' && !state.trim().startsWith('Z')
  } catch {
    return false // ps exits non-zero when there is no such process.
  }
}

export function parentOf(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }))
}

/** Polls until `condition` holds; false if it still does not after `timeoutMs`. */
export async function eventually(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (condition()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return condition()
}

export function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  return Promise.race([
    promise,
    new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms).unref()),
  ])
}
