import { describe, expect, it, vi } from 'vitest'
import {
  createAlertNotifier,
  EMERGENCY_NOTIFICATION,
  roleThroughDoor,
} from '../../../../src/main/electron/live/alertNotifier'
import type { Role } from '../../../../src/shared/contract/roles'
import type { Dispatch } from '../../../../src/main/door/dispatcher'
import type { LiveMessage } from '../../../../src/shared/events/liveBridge'
import { recordingLog } from '../connection/standIns'

const AT = '2026-01-02T10:00:00.000Z'
const raised = (alertId: number): LiveMessage => ({
  kind: 'change',
  event: { kind: 'alert.raised', alertId, intakeId: 40 + alertId, id: alertId, at: AT },
})

function notifierFor(roles: Record<string, Role | null>) {
  const notify = vi.fn<(windowKey: string) => void>()
  const notifier = createAlertNotifier({
    roleOf: async (windowKey) => roles[windowKey] ?? null,
    notify,
    log: recordingLog(),
  })
  return { notifier, notify }
}

describe('the desktop’s emergency notification', () => {
  it('shows for a clinician’s window when an emergency alert is raised, once per alert', async () => {
    const { notifier, notify } = notifierFor({ 'window-1': 'clinician' })
    await notifier.observe('window-1', raised(1))
    await notifier.observe('window-1', raised(1))
    await notifier.observe('window-1', raised(2))
    expect(notify.mock.calls).toEqual([['window-1'], ['window-1']])
  })

  it('is not shown to front desk, administrators or a signed-out window', async () => {
    const { notifier, notify } = notifierFor({
      'window-1': 'front_desk',
      'window-2': 'admin',
      'window-3': null,
    })
    for (const windowKey of ['window-1', 'window-2', 'window-3']) {
      await notifier.observe(windowKey, raised(1))
    }
    expect(notify).not.toHaveBeenCalled()
  })

  it('is not shown for other changes, an acknowledgement or a reload', async () => {
    const { notifier, notify } = notifierFor({ 'window-1': 'clinician' })
    await notifier.observe('window-1', { kind: 'reload' })
    await notifier.observe('window-1', {
      kind: 'change',
      event: { kind: 'alert.acknowledged', alertId: 1, intakeId: 41, id: 2, at: AT },
    })
    await notifier.observe('window-1', {
      kind: 'change',
      event: { kind: 'intake.submitted', intakeId: 41, highestUrgency: 'emergency', id: 3, at: AT },
    })
    expect(notify).not.toHaveBeenCalled()
  })

  it('names no patient: its words are fixed', () => {
    expect(EMERGENCY_NOTIFICATION.body).toBe(
      'Emergency flag raised on a new intake: open Clinic Intake',
    )
  })

  it('asks the door who is signed in in the window, locked screens included', async () => {
    const user = { id: 3, username: 'dr', displayName: 'Dr', role: 'clinician' }
    const statuses: Record<string, unknown> = {
      'window-1': { state: 'signed_in', user, idleLockSeconds: 600 },
      'window-2': { state: 'locked', user, idleLockSeconds: 600 },
      'window-3': { state: 'signed_out' },
    }
    const dispatch = vi.fn<Dispatch>(async (_channel, _payload, caller) => ({
      ok: true,
      value: statuses[caller.sessionKey],
    }))
    const roleOf = roleThroughDoor(dispatch)
    await expect(roleOf('window-1')).resolves.toBe('clinician')
    await expect(roleOf('window-2')).resolves.toBe('clinician')
    await expect(roleOf('window-3')).resolves.toBeNull()
    expect(dispatch).toHaveBeenCalledWith(
      'auth.status',
      {},
      { shell: 'desktop', sessionKey: 'window-1' },
    )
  })
})
