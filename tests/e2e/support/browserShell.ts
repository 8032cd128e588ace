import type { ChildProcess } from 'node:child_process'
import { startUntilReady } from './startUntilReady'

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
export async function startBrowserShell(
  dataDir: string,
  extraArgs: string[] = [],
): Promise<BrowserShell> {
  const started = await startUntilReady(
    'browser shell',
    ['out/main/serve.js', '--data-dir', dataDir, ...extraArgs],
    READY_LINE,
    20_000,
  )
  const [, url, port, token] = started.match as unknown as [string, string, string, string]
  return {
    url,
    origin: `http://127.0.0.1:${port}`,
    port: Number(port),
    token,
    process: started.process,
    stop: () => started.signal('SIGINT'),
  }
}
