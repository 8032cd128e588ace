import type { Handlers } from '../door/dispatcher'
import type { AlertRepository } from './alertRepository'

type AlertChannels = 'alerts.listOpen' | 'alerts.acknowledge'

export function createAlertHandlers(
  alerts: AlertRepository,
  now: () => Date,
): Pick<Handlers, AlertChannels> {
  return {
    'alerts.listOpen': () => ({ alerts: alerts.listOpen() }),

    // The door admits clinicians only, so there is always a user; the trail records who and when.
    'alerts.acknowledge': ({ id }, context) => {
      if (!context.user) throw new Error('alerts.acknowledge reached without a user')
      return alerts.acknowledge(id, context.user.id, now().toISOString())
    },
  }
}
