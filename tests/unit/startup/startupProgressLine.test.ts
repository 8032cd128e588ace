import { describe, expect, it } from 'vitest'
import type { LogDetails } from '../../../src/main/log'
import { createStartupProgressReporter } from '../../../src/main/host/startupProgressReporter'
import { startupProgressText } from '../../../src/main/host/startupProgressText'

/** A reporter on a clock the test moves, with what it printed and logged. */
function recordingReporter() {
  let clock = 0
  const lines: string[] = []
  const logged: { event: string; details?: LogDetails }[] = []
  const reporter = createStartupProgressReporter({
    write: (line) => lines.push(line),
    log: {
      info: (event, details) => logged.push({ event, ...(details ? { details } : {}) }),
      error: () => {},
    },
    now: () => clock,
  })
  return {
    reporter,
    lines,
    logged,
    advance: (ms: number) => (clock += ms),
  }
}

describe('the plain startup line', () => {
  it('prints the percentage, the time left and the warning, and logs the same numbers', () => {
    const { reporter, lines, logged, advance } = recordingReporter()
    reporter.onProgress({ task: 'encrypt-database', done: 0, total: 100 })
    advance(16_400)
    reporter.onProgress({ task: 'encrypt-database', done: 45, total: 100 })

    expect(lines).toEqual([
      'Encrypting the database for the first time: 0%. Do not switch the computer off.\n',
      'Encrypting the database for the first time: 45% (about 20 s left). Do not switch the computer off.\n',
    ])
    expect(logged.at(-1)).toEqual({
      event: 'startup.progress',
      details: { task: 'encrypt-database', percent: 45, secondsLeft: 20 },
    })
  })

  it('says when a task is done, and how long it took, in the terminal and the log', () => {
    const { reporter, lines, logged, advance } = recordingReporter()
    reporter.onProgress({ task: 'audit-handover', done: 0, total: 1_100_000 })
    advance(11_800)
    reporter.onProgress({ task: 'audit-handover', done: 1_100_000, total: 1_100_000 })

    expect(lines.at(-1)).toBe(
      'Checking and sealing the audit trail for the first time: done in 12 s.\n',
    )
    expect(logged.at(-1)).toEqual({
      event: 'startup.task_finished',
      details: { task: 'audit-handover', seconds: 12 },
    })
  })

  it('prints now and then, not on every report: each 10%, or after 5 quiet seconds', () => {
    const { reporter, lines, advance } = recordingReporter()
    for (let done = 0; done < 100; done += 1) {
      advance(100)
      reporter.onProgress({ task: 'migrate', done, total: 100 })
    }
    // 0%, then 10%, 20% … 90%: ten lines for a hundred reports.
    expect(lines).toHaveLength(10)

    // A long step gives no report; a tick (the worker-backed start's timer) says it again.
    advance(4_000)
    reporter.tick()
    expect(lines).toHaveLength(10)
    advance(2_000)
    reporter.tick()
    expect(lines).toHaveLength(11)
    expect(lines.at(-1)).toMatch(/^Updating the database for this version of the app: 99%/)
  })

  it('counts the estimate down between reports and words minutes plainly', () => {
    expect(
      startupProgressText({
        task: 'encrypt-copies',
        percent: 10,
        secondsLeft: 150,
        finished: false,
        elapsedSeconds: 17,
      }),
    ).toBe(
      'Encrypting older backups and copies of the database for the first time: 10% (about 3 min left). Do not switch the computer off.',
    )
    const { reporter, advance } = recordingReporter()
    reporter.onProgress({ task: 'encrypt-database', done: 0, total: 100 })
    advance(10_000)
    reporter.onProgress({ task: 'encrypt-database', done: 25, total: 100 })
    expect(reporter.status()?.secondsLeft).toBe(30)
    advance(29_500)
    expect(reporter.status()).toMatchObject({ percent: 25, secondsLeft: 1 })
    advance(5_000)
    expect(startupProgressText(reporter.status() ?? fail())).toMatch(/25% \(almost done\)\./)
  })
})

function fail(): never {
  throw new Error('expected a status')
}
