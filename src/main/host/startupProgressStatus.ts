import type { StartupProgress, StartupTask } from '../db/startupProgress'

/** Where one-time startup work stands at a moment: what a line or a window shows. */
export interface StartupProgressStatus {
  readonly task: StartupTask
  /** 0 to 100; 100 only once the task is done. */
  readonly percent: number
  /** The estimate of what is left, counting down between reports; null until there is one. */
  readonly secondsLeft: number | null
  readonly finished: boolean
  /** Since the task began. */
  readonly elapsedSeconds: number
}

/** Before an estimate means anything: the first second is mostly opening files. */
const ESTIMATE_AFTER_MS = 1000

/**
 * Follows the reports of the one-time work and answers, at any moment, how far it is and about
 * how long is left: the rate so far applied to what remains, counting down between reports (the
 * desktop splash asks every second, while a single long step gives no report).
 */
export function createStartupProgressTracker(now: () => number = Date.now) {
  let current: { progress: StartupProgress; startedAt: number; reportedAt: number } | null = null
  return {
    update(progress: StartupProgress): void {
      const at = now()
      const sameTask = current !== null && current.progress.task === progress.task
      // A task seen again after another one is a new run of it (copies after the database).
      const restarted = sameTask && progress.done < (current?.progress.done ?? 0)
      const startedAt = sameTask && !restarted && current ? current.startedAt : at
      current = { progress, startedAt, reportedAt: at }
    },

    status(): StartupProgressStatus | null {
      if (!current) return null
      const { progress, startedAt, reportedAt } = current
      const at = now()
      const finished = progress.done >= progress.total
      const percent = finished
        ? 100
        : Math.min(99, Math.floor((progress.done / progress.total) * 100))
      const spent = reportedAt - startedAt
      let secondsLeft: number | null = null
      if (!finished && progress.done > 0 && spent >= ESTIMATE_AFTER_MS) {
        const leftAtReport = (spent * (progress.total - progress.done)) / progress.done
        secondsLeft = Math.max(0, Math.round((leftAtReport - (at - reportedAt)) / 1000))
      }
      return {
        task: progress.task,
        percent,
        secondsLeft,
        finished,
        elapsedSeconds: Math.round((at - startedAt) / 1000),
      }
    },
  }
}

export type StartupProgressTracker = ReturnType<typeof createStartupProgressTracker>
