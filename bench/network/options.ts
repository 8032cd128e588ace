import { parseArgs } from 'node:util'

/** How big and how long the clinic-server benchmark runs; always bounded, loopback only. */
export interface NetworkBenchOptions {
  /** Simulated workstations, half front desk and half clinicians (2 to 20). */
  readonly workstations: number
  /** Seconds of load (5 to 120; 60 by default). */
  readonly seconds: number
  /**
   * Run the server and the workstations at the machine's usual priority instead of ahead of
   * other work (see processShare.ts): to see what other work on the machine costs them.
   */
  readonly normalPriority: boolean
}

export const MAX_WORKSTATIONS = 20
export const DEFAULT_SECONDS = 60
const MIN_SECONDS = 5
const MAX_SECONDS = 120

function bounded(text: string, name: string, min: number, max: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`)
  }
  return value
}

/**
 * `--seconds N` / `BENCH_NET_SECONDS` (a quick check: 10), `--workstations N` /
 * `BENCH_NET_WORKSTATIONS` and `--normal-priority` / `BENCH_NET_NORMAL_PRIORITY=1`; flags win
 * over the environment.
 */
export function networkBenchOptions(
  argv: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): NetworkBenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seconds: { type: 'string' },
      workstations: { type: 'string' },
      'normal-priority': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  })
  const seconds = values.seconds ?? env.BENCH_NET_SECONDS
  const workstations = values.workstations ?? env.BENCH_NET_WORKSTATIONS
  return {
    seconds: seconds ? bounded(seconds, 'seconds', MIN_SECONDS, MAX_SECONDS) : DEFAULT_SECONDS,
    workstations: workstations
      ? bounded(workstations, 'workstations', 2, MAX_WORKSTATIONS)
      : MAX_WORKSTATIONS,
    normalPriority: values['normal-priority'] ?? env.BENCH_NET_NORMAL_PRIORITY === '1',
  }
}
