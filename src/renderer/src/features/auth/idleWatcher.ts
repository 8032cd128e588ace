import { onBeforeUnmount, watch } from 'vue'
import type { Ref } from 'vue'

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

/**
 * Locks the screen after `idleSeconds` without keyboard or pointer activity, and while people
 * are active tells the server so (at most every third of the idle time, and at least every 30
 * seconds), because someone reading a long record or typing a note makes no calls of their own.
 */
export function useIdleLock(options: {
  readonly idleSeconds: Ref<number | null>
  readonly active: Ref<boolean>
  readonly onIdle: () => void
  readonly keepAlive: () => void
}): void {
  let lastActivity = Date.now()
  let lastKeepAlive = Date.now()
  let timer: ReturnType<typeof setInterval> | undefined

  function onActivity(): void {
    lastActivity = Date.now()
    const seconds = options.idleSeconds.value
    if (!options.active.value || !seconds) return
    const every = Math.min(30, seconds / 3) * 1000
    if (lastActivity - lastKeepAlive >= every) {
      lastKeepAlive = lastActivity
      options.keepAlive()
    }
  }

  function check(): void {
    const seconds = options.idleSeconds.value
    if (!options.active.value || !seconds) return
    if (Date.now() - lastActivity >= seconds * 1000) options.onIdle()
  }

  function start(): void {
    stop()
    lastActivity = Date.now()
    lastKeepAlive = Date.now()
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { passive: true, capture: true })
    timer = setInterval(check, 1000)
  }

  function stop(): void {
    for (const name of ACTIVITY_EVENTS)
      window.removeEventListener(name, onActivity, { capture: true })
    clearInterval(timer)
  }

  watch(options.active, (active) => (active ? start() : stop()), { immediate: true })
  onBeforeUnmount(stop)
}
