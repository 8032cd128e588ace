// The desktop shell's live updates, relayed by its main process (window.clinicLive). Issue 12:
// after a clinic server restart the main process's stream was refused and it retried in
// silence, so an open worklist looked signed in and live while it heard nothing. The main
// process now passes each break on as `lost` (tests/unit/electron/live/remoteLiveStream.test.ts),
// and the window asks who is signed in, as the browser shell does.
import { defineComponent, h } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBridgeLiveEvents } from '../../../src/renderer/src/api/bridgeLiveEvents'
import type { LiveMessage } from '../../../src/renderer/src/api/liveEvents'
import SessionGate from '../../../src/renderer/src/features/auth/SessionGate.vue'
import { useSessionStore } from '../../../src/renderer/src/features/auth/sessionStore'
import type {
  LiveBridge,
  LiveMessage as BridgeMessage,
} from '../../../src/shared/events/liveBridge'
import { mountWithApp } from '../support/mountWithApp'
import { ok, settle, signedIn } from '../auth/support'

afterEach(() => {
  document.body.innerHTML = ''
})

/** What the preload exposes, with `send` standing in for the main process. */
function fakeBridge() {
  const listeners = new Set<(message: BridgeMessage) => void>()
  const bridge: LiveBridge = {
    start: vi.fn(),
    stop: vi.fn(),
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return {
    bridge,
    send: (message: BridgeMessage) => {
      for (const listener of listeners) listener(message)
    },
  }
}

const change: BridgeMessage = {
  kind: 'change',
  event: { kind: 'alert.raised', alertId: 4, intakeId: 9, id: 12, at: '2026-11-30T17:00:00.000Z' },
}

describe('the desktop shell’s live updates', () => {
  it('passes changes and reloads on, starts and stops through the main process', () => {
    const { bridge, send } = fakeBridge()
    const live = createBridgeLiveEvents(bridge, { onLost: vi.fn(async () => {}) })
    const heard: LiveMessage[] = []
    live.listen((message) => heard.push(message))
    live.start()
    send(change)
    send({ kind: 'lost' })
    send({ kind: 'reload' })
    live.stop()
    expect(heard).toEqual([change, { kind: 'reload' }])
    expect(bridge.start).toHaveBeenCalledTimes(1)
    expect(bridge.stop).toHaveBeenCalledTimes(1)
  })

  it('asks once, not once per break, whether this window is still signed in', async () => {
    const { bridge, send } = fakeBridge()
    let answer: () => void = () => {}
    const onLost = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)))
    createBridgeLiveEvents(bridge, { onLost })
    send({ kind: 'lost' })
    send({ kind: 'lost' })
    expect(onLost).toHaveBeenCalledTimes(1)
    answer()
    await settle()
    send({ kind: 'lost' })
    expect(onLost).toHaveBeenCalledTimes(2)
  })

  it('shows the sign-in on a screen that only listens, once the server has forgotten it', async () => {
    const { bridge, send } = fakeBridge()
    let status: { state: 'signed_out' } | ReturnType<typeof signedIn> = signedIn()
    const api = { auth: { status: vi.fn(async () => ok(status)), keepAlive: vi.fn() } }
    const Screen = defineComponent({
      setup() {
        const live = createBridgeLiveEvents(bridge, {
          onLost: () => useSessionStore().refresh(),
        })
        live.start()
        return () => h(SessionGate, null, { default: () => h('p', 'The worklist') })
      },
    })
    const { wrapper } = await mountWithApp(Screen, { api, path: '/worklist' })
    await settle()
    expect(wrapper.text()).toContain('The worklist')
    // The clinic server restarts: every session is gone; the main process's stream is refused.
    status = { state: 'signed_out' }
    send({ kind: 'lost' })
    await settle()
    expect(wrapper.find('#sign-in-username').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('The worklist')
    expect(wrapper.find('[data-testid="signed-out-notice"]').text()).toContain(
      'You were signed out',
    )
  })
})
