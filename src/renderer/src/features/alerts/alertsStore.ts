import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { OpenAlert } from '../../../../shared/alerts/alert'
import type { RpcError } from '../../../../shared/contract/errors'
import { useClinicApi } from '../../api/clinicApi'
import type { LiveEvents, LiveMessage } from '../../api/liveEvents'

/**
 * Open emergency alerts, as the server has them: fetched on start (so a workstation that was
 * offline still sees what is open) and again on each alert event or reload; one acknowledged
 * anywhere leaves every screen at once.
 */
export const useAlertsStore = defineStore('alerts', () => {
  const api = useClinicApi()
  const alerts = ref<OpenAlert[]>([])
  const error = ref<RpcError | null>(null)
  const acknowledging = ref<number | null>(null)
  /** Said once after an acknowledgement someone else had already made. */
  /** Why an acknowledgement was not needed (someone else did it, or the alert is gone). */
  const notice = ref<RpcError | null>(null)
  let stopListening: (() => void) | null = null
  let latestRequest = 0

  async function load(): Promise<void> {
    const request = ++latestRequest
    const result = await api.alerts.listOpen({})
    if (request !== latestRequest) return
    if (result.ok) {
      alerts.value = result.value.alerts
      error.value = null
    } else {
      error.value = result.error
    }
  }

  function onLive(message: LiveMessage): void {
    if (message.kind === 'reload') {
      void load()
      return
    }
    const { event } = message
    if (event.kind === 'alert.acknowledged') {
      alerts.value = alerts.value.filter((alert) => alert.id !== event.alertId)
    } else if (event.kind === 'alert.raised') {
      void load()
    }
  }

  function start(live: LiveEvents): Promise<void> {
    stopListening ??= live.listen(onLive)
    return load()
  }

  function stop(): void {
    stopListening?.()
    stopListening = null
    alerts.value = []
    notice.value = null
  }

  async function acknowledge(id: number): Promise<void> {
    acknowledging.value = id
    const result = await api.alerts.acknowledge({ id })
    acknowledging.value = null
    if (result.ok || result.error.kind === 'conflict' || result.error.kind === 'not_found') {
      // Done here, or already done by someone else: either way it is no longer open.
      alerts.value = alerts.value.filter((alert) => alert.id !== id)
      error.value = null
      notice.value = result.ok ? null : result.error
      if (!result.ok) void load()
      return
    }
    error.value = result.error
  }

  return { alerts, error, notice, acknowledging, load, start, stop, acknowledge }
})
