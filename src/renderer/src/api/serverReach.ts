import { inject, reactive, readonly } from 'vue'
import type { DeepReadonly, InjectionKey } from 'vue'

/** Why the server's answers are not arriving. */
export type ReachProblem = 'network' | 'certificate'

export interface ServerReachState {
  /** The last call found no server (or the wrong one); calls are being retried. */
  problem: ReachProblem | null
  /** The message that came with a certificate problem (both fingerprints); shown as it is. */
  certificateMessage: string | null
  /** When something was last stored on the server (ISO), for the "unreachable" banner. */
  lastSavedAt: string | null
}

/**
 * Whether the clinic server (or, in the browser shell, the app on this computer) is answering:
 * set by the app's one API client from each call's result, read by the banner.
 */
export function createServerReach(now: () => Date = () => new Date()) {
  const state = reactive<ServerReachState>({
    problem: null,
    certificateMessage: null,
    lastSavedAt: null,
  })
  const backListeners = new Set<() => void>()
  return {
    state: readonly(state) as DeepReadonly<ServerReachState>,
    failed(problem: ReachProblem, message: string): void {
      state.problem = problem
      state.certificateMessage = problem === 'certificate' ? message : null
    },
    reached(): void {
      const wasAway = state.problem !== null
      state.problem = null
      state.certificateMessage = null
      if (wasAway) for (const listener of [...backListeners]) listener()
    },
    /**
     * The server answers again after it could not be reached: work waiting to retry (an
     * autosave backing off for up to 15 seconds) should try now.
     */
    onBack(listener: () => void): () => void {
      backListeners.add(listener)
      return () => backListeners.delete(listener)
    },
    saved(): void {
      state.lastSavedAt = now().toISOString()
    },
  }
}

export type ServerReach = ReturnType<typeof createServerReach>

export const serverReachKey: InjectionKey<ServerReach> = Symbol('serverReach')

/** The app's one: what its API client reports to. */
export const serverReach = createServerReach()

export function useServerReach(): ServerReach {
  return inject(serverReachKey, serverReach)
}
