import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { OnStartupProgress } from '../db/startupProgress'
import type { InstallationKeys } from '../storage/installationKeys'
import type { CoreHostOptions } from './coreHost'
import { StartupWorkerMessageSchema } from './startupWorkerMessages'
import type { StartupWorkerSetup } from './startupWorkerMessages'

export interface PrepareInWorkerOptions {
  readonly dataDir: string
  readonly keys: InstallationKeys
  readonly nativeBinding?: string
  readonly shell: CoreHostOptions['shell']
  readonly log: CoreHostOptions['log']
  readonly onProgress: OnStartupProgress
}

/**
 * The worker: the built entry beside the bundle (out/main/startupWorker.js, or one folder up
 * from a shared chunk), else the TypeScript source (tests), required from a one-line bootstrap
 * through tsx's require hook (Node 20 applies no `--import` loader hooks inside a worker).
 */
function startStartupWorker(workerData: StartupWorkerSetup): Worker {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const built of [join(here, 'startupWorker.js'), join(here, '..', 'startupWorker.js')]) {
    if (existsSync(built)) return new Worker(built, { workerData })
  }
  const source = join(here, 'startupWorker.ts')
  if (existsSync(source)) {
    const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api')
    const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)})`
    return new Worker(bootstrap, { eval: true, workerData })
  }
  throw new Error('The startup worker (startupWorker.js) is missing from this build')
}

/**
 * Does the one-time work of a first start after an upgrade in a worker thread, so the thread
 * that asked stays free meanwhile: the desktop shell's window keeps painting its progress (a
 * blocked Electron main process freezes every window, and a frozen window invites a power-off).
 * The worker opens the core host exactly as the shell would, then closes it; the shell's own
 * open that follows finds nothing left to do. Resolves when the worker is done, whatever it
 * found: a damaged database, say, is the shell's own open's to report, as on any start.
 */
export function prepareInWorker(options: PrepareInWorkerOptions): Promise<void> {
  const setup: StartupWorkerSetup = {
    dataDir: options.dataDir,
    keys: options.keys,
    nativeBinding: options.nativeBinding ?? null,
    shell: options.shell,
  }
  const worker = startStartupWorker(setup)
  return new Promise<void>((resolve) => {
    worker.on('message', (raw: unknown) => {
      const parsed = StartupWorkerMessageSchema.safeParse(raw)
      if (!parsed.success) return
      const message = parsed.data
      if (message.kind === 'progress') {
        options.onProgress({ task: message.task, done: message.done, total: message.total })
      } else if (message.kind === 'info') {
        options.log.info(message.event, message.details)
      } else if (message.kind === 'error') {
        const error = new Error()
        error.name = message.errorName
        error.stack = [message.errorName, ...message.frames.map((frame) => `    ${frame}`)].join(
          '\n',
        )
        options.log.error(message.event, error, message.details)
      }
    })
    worker.on('error', (error) => options.log.error('startup.worker_failed', error))
    worker.once('exit', () => resolve())
  })
}
