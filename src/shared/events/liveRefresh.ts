// How an open worklist fetches again after a change made elsewhere. Every signed-in workstation
// hears the same change at the same moment; if all fetched at once, their reads would reach the
// clinic server together and queue on its one event loop (each read about 2-3 ms there), so a
// save or submit from the front desk arriving just then waited behind all of them: with ten
// clinicians this was most of the server's slow calls (see bench/clinicServer.ts). Each worklist
// waits a random part of a short spread instead, well within the second the issue allows.

/** Upper bound of the random wait before a worklist fetches again after a change elsewhere. */
export const LIVE_REFRESH_SPREAD_MS = 250

/** A wait from 0 to LIVE_REFRESH_SPREAD_MS, uniformly: the workstations' reads spread out. */
export function liveRefreshDelayMs(random: () => number = Math.random): number {
  return random() * LIVE_REFRESH_SPREAD_MS
}
