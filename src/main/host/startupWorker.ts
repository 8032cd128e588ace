/**
 * The startup worker thread (see prepareInWorker.ts): opens the core host once, which does the
 * one-time work of a first start after an upgrade (encryption, migrations, the audit trail's
 * hand-over), reports it as it goes, and closes it again. The app's own open that follows finds
 * that work done. Built as its own entry (out/main/startupWorker.js, see electron.vite.config.ts);
 * run from source under tsx in tests.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openCoreHost } from './coreHost'
import type { CoreHostOptions } from './coreHost'
import { StartupWorkerSetupSchema } from './startupWorkerMessages'
import type { StartupWorkerMessage } from './startupWorkerMessages'

const setup = StartupWorkerSetupSchema.parse(workerData)
const post = (message: StartupWorkerMessage) => parentPort?.postMessage(message)

/** Log entries go to the shell's logger on the main thread: an error as its class and frames. */
const log: CoreHostOptions['log'] = {
  info: (event, details = {}) => post({ kind: 'info', event, details }),
  error(event, error, details = {}) {
    const frames =
      error instanceof Error
        ? (error.stack ?? '')
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line.startsWith('at '))
            .slice(0, 5)
        : []
    const errorName = error instanceof Error ? error.name : typeof error
    post({ kind: 'error', event, details, errorName, frames })
  },
}

const host = openCoreHost({
  dataDir: setup.dataDir,
  log,
  keys: {
    database: Buffer.from(setup.keys.database),
    audit: Buffer.from(setup.keys.audit),
    backup: Buffer.from(setup.keys.backup),
    installationId: setup.keys.installationId,
  },
  shell: setup.shell,
  ...(setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {}),
  onProgress: (progress) => post({ kind: 'progress', ...progress }),
})
host.close()
post({ kind: 'done' })
