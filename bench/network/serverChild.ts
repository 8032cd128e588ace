import { fork } from 'node:child_process'
import { SERVER_NODE_OPTIONS } from '../../scripts/lib/serverNodeOptions.mjs'
import type { ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { FromServerSchema } from './serverMessages'
import type { FromServer, ToServer } from './serverMessages'

const SCRIPT = fileURLToPath(new URL('./serverProcess.ts', import.meta.url))
/** Seeding, certificates and the first PDF take a few seconds; a loaded machine, longer. */
const READY_TIMEOUT_MS = 120_000

type Kind = FromServer['kind']
type Message<K extends Kind> = Extract<FromServer, { kind: K }>

/** The clinic server in its own process, and the benchmark's side of its IPC channel. */
export interface ServerChild {
  send(message: ToServer): void
  /** The next message of this kind; rejects when the child reports a failure or exits. */
  next<K extends Kind>(kind: K, timeoutMs?: number): Promise<Message<K>>
  stop(): Promise<void>
}

export function startServerChild(
  dataDir: string,
  workDir: string,
  staff: number,
  priority: 'raised' | 'normal',
): ServerChild {
  // The same Node and loader as this process (tsx), so the child runs the TypeScript sources.
  const child: ChildProcess = fork(SCRIPT, [dataDir, workDir, String(staff), priority], {
    // The clinic server's own Node options, as `npm run server` passes them; then
    // BENCH_NET_SERVER_NODE_ARGS adds Node flags for a diagnosis (e.g. `--cpu-prof`).
    execArgv: [
      ...process.execArgv,
      ...SERVER_NODE_OPTIONS,
      ...(process.env.BENCH_NET_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const queue: FromServer[] = []
  const waiting: (() => void)[] = []
  let ended: Error | null = null
  const wake = () => {
    for (const resolve of waiting.splice(0)) resolve()
  }
  child.on('message', (raw) => {
    queue.push(FromServerSchema.parse(raw))
    wake()
  })
  child.on('exit', (code) => {
    ended = new Error(`the clinic server process ended (exit ${code})`)
    wake()
  })

  async function next<K extends Kind>(kind: K, timeoutMs = READY_TIMEOUT_MS): Promise<Message<K>> {
    const until = Date.now() + timeoutMs
    for (;;) {
      const index = queue.findIndex((message) => message.kind === kind || message.kind === 'failed')
      if (index >= 0) {
        const [message] = queue.splice(index, 1)
        if (message?.kind === 'failed') throw new Error(`clinic server: ${message.message}`)
        return message as Message<K>
      }
      if (ended) throw ended
      const left = until - Date.now()
      if (left <= 0) throw new Error(`no "${kind}" from the clinic server within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        waiting.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  return {
    send(message) {
      if (child.connected) child.send(message)
    },
    next,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      if (child.connected) child.send({ kind: 'stop' } satisfies ToServer)
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}
