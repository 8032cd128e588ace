/** The longest wait between two tries: the server is back within this of its return. */
export const MAX_RETRY_DELAY_MS = 15_000
const FIRST_RETRY_DELAY_MS = 1_000

/**
 * How long to wait before try number `attempt + 1` after `attempt + 1` failures: 1, 2, 4, 8, 15,
 * 15… seconds, each moved by up to a quarter either way so that the workstations of a clinic do
 * not all call at the same instant when the server comes back.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempt), MAX_RETRY_DELAY_MS)
  const jittered = base * (0.75 + 0.5 * random())
  return Math.round(Math.min(jittered, MAX_RETRY_DELAY_MS))
}
