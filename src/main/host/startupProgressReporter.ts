import type { OnStartupProgress, StartupTask } from '../db/startupProgress'
import type { CoreOptions } from '../core'
import { createStartupProgressTracker } from './startupProgressStatus'
import type { StartupProgressStatus } from './startupProgressStatus'
import { startupProgressText } from './startupProgressText'

export interface StartupProgressReporterOptions {
  /** Where the plain line goes: the terminal (stdout for the servers, stderr for the CLI). */
  readonly write: (line: string) => void
  /** Each line's numbers also go to the log, where a support person reads them. */
  readonly log: CoreOptions['log']
  readonly now?: () => number
  /** Longest quiet spell between lines while a task runs (ticks and reports). */
  readonly everyMs?: number
}

export interface StartupProgressReporter {
  readonly onProgress: OnStartupProgress
  /**
   * Prints the current line again if it has been quiet for `everyMs`: the desktop shell and the
   * worker-backed start call it from a timer while one long step gives no report.
   */
  tick(): void
  /** Where things stand now (the desktop's splash shows the same). */
  status(): StartupProgressStatus | null
}

const QUIET_MS = 5000
const STEP_PERCENT = 10

/**
 * Turns the core's progress reports into a plain line now and then: at the start and the end of
 * each task, every 10% and at least every 5 s while reports come. Every line is written to the
 * log as `startup.progress task=… percent=… secondsLeft=…` and each task's end as
 * `startup.task_finished task=… seconds=…`.
 */
export function createStartupProgressReporter(
  options: StartupProgressReporterOptions,
): StartupProgressReporter {
  const now = options.now ?? Date.now
  const everyMs = options.everyMs ?? QUIET_MS
  const tracker = createStartupProgressTracker(now)
  let printed: { task: StartupTask; percent: number; at: number; finished: boolean } | null = null

  function print(status: StartupProgressStatus): void {
    options.write(`${startupProgressText(status)}\n`)
    printed = { task: status.task, percent: status.percent, at: now(), finished: status.finished }
    if (status.finished) {
      options.log.info('startup.task_finished', {
        task: status.task,
        seconds: status.elapsedSeconds,
      })
    } else {
      options.log.info('startup.progress', {
        task: status.task,
        percent: status.percent,
        ...(status.secondsLeft !== null ? { secondsLeft: status.secondsLeft } : {}),
      })
    }
  }

  return {
    onProgress(progress) {
      tracker.update(progress)
      const status = tracker.status()
      if (!status) return
      const due =
        !printed ||
        printed.task !== status.task ||
        printed.finished ||
        status.finished ||
        status.percent - printed.percent >= STEP_PERCENT ||
        now() - printed.at >= everyMs
      if (due) print(status)
    },
    tick() {
      const status = tracker.status()
      if (status && printed && !printed.finished && now() - printed.at >= everyMs) print(status)
    },
    status: () => tracker.status(),
  }
}
