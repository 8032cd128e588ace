import type { StartupTask } from '../db/startupProgress'
import type { StartupProgressStatus } from './startupProgressStatus'

/** What each task is, in the words of the person waiting for it. */
const TASK_WORDS: Record<StartupTask, string> = {
  'encrypt-database': 'Encrypting the database for the first time',
  'encrypt-copies': 'Encrypting older backups and copies of the database for the first time',
  migrate: 'Updating the database for this version of the app',
  'audit-handover': 'Checking and sealing the audit trail for the first time',
}

/** The same warning on every line: a power cut now costs a restart, never data, but a wait. */
const KEEP_ON = 'Do not switch the computer off.'

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, seconds)} s`
  const minutes = Math.round(seconds / 60)
  return `${minutes} min`
}

/**
 * The plain line every shell shows for one-time startup work, in the terminal, the log's
 * neighbour and the desktop's splash alike:
 *
 *   Encrypting the database for the first time: 45% (about 20 s left). Do not switch the computer off.
 *   Encrypting the database for the first time: done in 41 s.
 *
 * (`done.` alone when it took under a second: a small database's migrations, say.)
 *
 * Only the task and numbers: no names, no paths, no patient data.
 */
export function startupProgressText(status: StartupProgressStatus): string {
  const words = TASK_WORDS[status.task]
  if (status.finished) {
    return status.elapsedSeconds < 1
      ? `${words}: done.`
      : `${words}: done in ${duration(status.elapsedSeconds)}.`
  }
  const left =
    status.secondsLeft === null
      ? ''
      : status.secondsLeft === 0
        ? ' (almost done)'
        : ` (about ${duration(status.secondsLeft)} left)`
  return `${words}: ${status.percent}%${left}. ${KEEP_ON}`
}
