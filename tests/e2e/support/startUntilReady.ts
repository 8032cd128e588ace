import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface StartedProcess {
  readonly process: ChildProcess
  /** The ready line's match. */
  readonly match: RegExpExecArray
  /** Sends the signal if the process still runs; resolves with its exit code once it is gone. */
  signal(name: NodeJS.Signals): Promise<number | null>
}

/**
 * Starts a built entry of the app (`out/main/…`) under this Node and waits for the line that says
 * it is ready; fails with its standard error if it exits first or takes longer than `timeoutMs`.
 */
export function startUntilReady(
  what: string,
  args: readonly string[],
  readyLine: RegExp,
  timeoutMs: number,
): Promise<StartedProcess> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${stderr}`)), timeoutMs)
    void exited.then((code) => reject(new Error(`${what} exited (${code}): ${stderr}`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = readyLine.exec(line.trim())
      if (!match) return
      clearTimeout(timer)
      resolve({
        process: child,
        match,
        signal: (name) => {
          if (child.exitCode === null && child.signalCode === null) child.kill(name)
          return exited
        },
      })
    })
  })
}
