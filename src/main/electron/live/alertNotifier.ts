import type { LiveMessage } from '../../../shared/events/liveBridge'
import { AuthStatusSchema } from '../../../shared/auth/authStatus'
import type { Role } from '../../../shared/contract/roles'
import type { Dispatch } from '../../door/dispatcher'
import type { Logger } from '../../log'

/**
 * The system notification's words. No patient name or detail: a notification shows on a
 * locked screen and in the system's history, where anyone passing may read it.
 */
export const EMERGENCY_NOTIFICATION = {
  title: 'Clinic Intake: emergency flag',
  body: 'Emergency flag raised on a new intake: open Clinic Intake',
} as const

export interface AlertNotifierOptions {
  /** Who is signed in in the window (active or locked), or null for nobody. */
  readonly roleOf: (windowKey: string) => Promise<Role | null>
  /** Shows the notification for the window; clicking it brings that window to the front. */
  readonly notify: (windowKey: string) => void
  readonly log: Logger
}

/**
 * Decides when the desktop shell shows a system notification: an emergency alert raised, in a
 * window where a clinician is signed in, once per alert and window (a replay after a reconnect
 * does not notify again). Front desk and administrators see no notification: the alert is for
 * the clinicians who must act on it.
 */
export function createAlertNotifier(options: AlertNotifierOptions) {
  const notified = new Set<string>()

  return {
    async observe(windowKey: string, message: LiveMessage): Promise<void> {
      if (message.kind !== 'change' || message.event.kind !== 'alert.raised') return
      const once = `${windowKey}:${message.event.alertId}`
      if (notified.has(once)) return
      let role: Role | null
      try {
        role = await options.roleOf(windowKey)
      } catch (error) {
        options.log.error('live.notify_role_failed', error)
        return
      }
      if (role !== 'clinician' || notified.has(once)) return
      notified.add(once)
      options.log.info('live.alert_notified', { alertId: message.event.alertId })
      options.notify(windowKey)
    },
    /** The window closed: its alerts may be forgotten. */
    forget(windowKey: string): void {
      for (const key of [...notified]) if (key.startsWith(`${windowKey}:`)) notified.delete(key)
    },
  }
}

/**
 * Who is signed in in a window, asked through the door as the window itself would
 * (`auth.status`, which changes nothing): the same answer on this computer and from a server.
 */
export function roleThroughDoor(dispatch: Dispatch) {
  return async (windowKey: string): Promise<Role | null> => {
    const result = await dispatch('auth.status', {}, { shell: 'desktop', sessionKey: windowKey })
    if (!result.ok) return null
    const status = AuthStatusSchema.safeParse(result.value)
    if (!status.success) return null
    return status.data.state === 'signed_in' || status.data.state === 'locked'
      ? status.data.user.role
      : null
  }
}
