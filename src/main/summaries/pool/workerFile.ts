import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface WorkerFile {
  readonly filename: string
  /** Node flags the worker needs: tsx's loader when it runs from TypeScript source. */
  readonly execArgv: readonly string[]
}

/**
 * Where the summary worker's code is. The same pool code runs bundled (out/main/*.js, or a
 * shared chunk in out/main/chunks/, beside the separately built out/main/summaryWorker.js) and
 * from source under tsx and vitest (src/main/summaries/pool/summaryWorker.ts, which needs tsx's
 * loader in the worker too, whatever runs the main thread).
 */
export function summaryWorkerFile(moduleUrl: string = import.meta.url): WorkerFile {
  const here = dirname(fileURLToPath(moduleUrl))
  for (const built of [join(here, 'summaryWorker.js'), join(here, '..', 'summaryWorker.js')]) {
    if (existsSync(built)) return { filename: built, execArgv: [] }
  }
  const source = join(here, 'summaryWorker.ts')
  if (existsSync(source)) {
    const tsx = pathToFileURL(createRequire(moduleUrl).resolve('tsx')).href
    return { filename: source, execArgv: ['--import', tsx] }
  }
  throw new Error('The summary worker (summaryWorker.js) is missing from this build')
}
