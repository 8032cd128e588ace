import type { ClinicApi } from '../../../shared/contract/client'
import type { RpcResult } from '../../../shared/contract/errors'
import { isSessionEndCode } from '../../../shared/contract/errorCodes'
import type { SessionEndCode } from '../../../shared/contract/errorCodes'

type Reason = 'locked' | 'signed_out' | 'database_unavailable' | 'password_change_required'

/**
 * Holds the app's calls while the screen is locked. A call made under the lock (an autosave that
 * was already on its way, a list refreshing itself) waits and goes out after the unlock, so no
 * typed work is lost and nothing is refused in between. A call the server refused because it had
 * locked the session itself (the idle backstop) is sent again after the unlock: the door refuses
 * before any handler runs, so sending it again is safe. A user who must first choose their own
 * password (after an administrator's reset) is held the same way until they have.
 */
export function createSessionGate() {
  let open = true
  let opened: Promise<void> = Promise.resolve()
  let release: () => void = () => {}
  const listeners = new Set<(reason: Reason, endedBy?: SessionEndCode) => void>()
  const openedListeners = new Set<() => void>()

  return {
    isOpen: () => open,
    close(): void {
      if (!open) return
      open = false
      opened = new Promise<void>((resolve) => (release = resolve))
    },
    open(): void {
      if (open) return
      open = true
      release()
      for (const listener of [...openedListeners]) listener()
    },
    /**
     * Someone signed in (or unlocked, or chose their password) after calls were held or refused:
     * work waiting to retry (an autosave backing off) should try now, not at its next turn.
     */
    onOpened(listener: () => void): () => void {
      openedListeners.add(listener)
      return () => openedListeners.delete(listener)
    },
    whenOpen: (): Promise<void> => opened,
    /**
     * Tells the session store that the server says the session is locked or gone, and, when the
     * server ended it itself, why (`endedBy`): a later auth.status may no longer know.
     */
    onRefused(listener: (reason: Reason, endedBy?: SessionEndCode) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    refused(reason: Reason, endedBy?: SessionEndCode): void {
      for (const listener of listeners) {
        if (endedBy) listener(reason, endedBy)
        else listener(reason)
      }
    },
  }
}

export type SessionGate = ReturnType<typeof createSessionGate>

/** The gate the app's one API client runs through. */
export const sessionGate = createSessionGate()

/** Sign-in and recovery must reach the server while the app is locked or signed out. */
const UNGATED = new Set(['auth', 'recovery'])

type Method = (input: unknown) => Promise<RpcResult<unknown>>

export function gatedApi(api: ClinicApi, gate: SessionGate = sessionGate): ClinicApi {
  const wrapped: Record<string, Record<string, Method>> = {}
  for (const [namespace, methods] of Object.entries(
    api as unknown as Record<string, Record<string, Method>>,
  )) {
    wrapped[namespace] = {}
    for (const [name, method] of Object.entries(methods)) {
      wrapped[namespace][name] = UNGATED.has(namespace)
        ? method
        : async (input) => {
            for (;;) {
              await gate.whenOpen()
              const result = await method(input)
              if (result.ok || result.error.kind !== 'unauthenticated') return result
              const reason = result.error.reason
              if (reason === 'locked' || reason === 'password_change_required') {
                gate.close()
                gate.refused(reason)
                continue
              }
              if (reason === 'signed_out' && isSessionEndCode(result.error.code)) {
                gate.refused(reason, result.error.code)
              } else if (reason === 'signed_out' || reason === 'database_unavailable') {
                gate.refused(reason)
              }
              return result
            }
          }
    }
  }
  return wrapped as unknown as ClinicApi
}
