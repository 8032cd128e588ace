// The emergency banner mounted as the app mounts it, over a fake server whose open alerts the
// test controls (raise, acknowledge here or elsewhere).
import { vi } from 'vitest'
import EmergencyAlertBanner from '../../../src/renderer/src/features/alerts/EmergencyAlertBanner.vue'
import { alertSoundKey } from '../../../src/renderer/src/features/alerts/alertSound'
import { createLocalLiveEvents, liveEventsKey } from '../../../src/renderer/src/api/liveEvents'
import type { OpenAlert } from '../../../src/shared/alerts/alert'
import { mountWithApp, settle } from '../support/mountWithApp'

export function openAlert(
  id: number,
  familyName: string,
  raisedAt = '2026-03-02T09:00:00.000Z',
): OpenAlert {
  return {
    id,
    intakeId: 100 + id,
    raisedAt,
    redFlags: ['cauda_equina'],
    patient: { id, givenName: 'Sample', familyName, dateOfBirth: '1970-01-01', recordNumber: null },
  }
}

export async function mountBanner(initial: OpenAlert[]) {
  let open = [...initial]
  const listOpen = vi.fn(async () => ({ ok: true as const, value: { alerts: [...open] } }))
  const acknowledge = vi.fn(async ({ id }: { id: number }) => {
    open = open.filter((alert) => alert.id !== id)
    return {
      ok: true as const,
      value: {
        id,
        intakeId: 100 + id,
        patientId: id,
        acknowledgedAt: '2026-03-02T09:05:00.000Z',
        acknowledgedBy: 2,
      },
    }
  })
  const live = createLocalLiveEvents()
  const sound = vi.fn(async () => {})
  const { wrapper } = await mountWithApp(EmergencyAlertBanner, {
    api: { alerts: { listOpen, acknowledge } },
    provide: { [liveEventsKey as symbol]: live, [alertSoundKey as symbol]: sound },
  })
  await settle()
  return {
    wrapper,
    live,
    sound,
    listOpen,
    acknowledge,
    raise(alert: OpenAlert) {
      open.push(alert)
      live.emit({
        kind: 'change',
        event: { id: 9, at: '', kind: 'alert.raised', alertId: alert.id, intakeId: alert.intakeId },
      })
    },
    /** Acknowledged on another workstation, its event not here yet. */
    goneOnServer(id: number) {
      open = open.filter((candidate) => candidate.id !== id)
    },
    acknowledgedElsewhere(alert: OpenAlert) {
      open = open.filter((candidate) => candidate.id !== alert.id)
      live.emit({
        kind: 'change',
        event: {
          id: 10,
          at: '',
          kind: 'alert.acknowledged',
          alertId: alert.id,
          intakeId: alert.intakeId,
        },
      })
    },
  }
}
