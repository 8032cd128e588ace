import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

const READY_LINE = /running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/

export interface BrowserShell {
  /** The address the shell printed, token included. */
  readonly url: string
  readonly origin: string
  readonly port: number
  readonly token: string
  readonly process: ChildProcess
  /** Ctrl-C, as a person would stop it; resolves with the exit code. */
  stop(): Promise<number | null>
}

/** Starts the built browser shell (`out/main/serve.js`) on a data folder and waits for its line. */
export function startBrowserShell(
  dataDir: string,
  extraArgs: string[] = [],
): Promise<BrowserShell> {
  const child = spawn(
    process.execPath,
    ['out/main/serve.js', '--data-dir', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))

  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser shell did not start: ${stderr}`)),
      20_000,
    )
    void exited.then((code) => reject(new Error(`browser shell exited (${code}): ${stderr}`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_LINE.exec(line)
      if (!match) return
      clearTimeout(timer)
      const [, url, port, token] = match as unknown as [string, string, string, string]
      resolve({
        url,
        origin: `http://127.0.0.1:${port}`,
        port: Number(port),
        token,
        process: child,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGINT')
          return exited
        },
      })
    })
  })
}
