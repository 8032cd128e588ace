/**
 * The slow work a start may do once, after an upgrade, before the app can be used: encrypting a
 * database written without encryption, converting the app's older plaintext copies, updating the
 * schema, and handing the audit trail over to the keyed chain. On a big database each can take
 * seconds to a minute, so the core reports it and every shell shows it.
 */
export type StartupTask = 'encrypt-database' | 'encrypt-copies' | 'migrate' | 'audit-handover'

/**
 * How far one task is: `done` of `total` units, never more. The units are the task's own
 * (weighted bytes, copies, migrations, audit entries); only the fraction is shown. Holds no
 * names, no paths and no patient data, so it can go to a log and to any window.
 */
export interface StartupProgress {
  readonly task: StartupTask
  readonly done: number
  readonly total: number
}

export type OnStartupProgress = (progress: StartupProgress) => void

/**
 * Reports `(done, total)` for one task, with `done` clamped to the total and never going back:
 * what every loop below calls, so a shell can trust the numbers it gets.
 */
export function taskProgress(
  task: StartupTask,
  onProgress: OnStartupProgress | undefined,
): (done: number, total: number) => void {
  let last = -1
  return (done, total) => {
    if (!onProgress || total <= 0) return
    const clamped = Math.min(Math.max(done, last, 0), total)
    if (clamped === last) return
    last = clamped
    onProgress({ task, done: clamped, total })
  }
}
