// @vitest-environment-options {"url":"https://192.168.1.20:8443/"}
// The banner alone: hidden while the server answers, a status when it does not, an alert for a
// wrong certificate (with the pairing form in the desktop app).
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ServerReachBanner from '../../../src/renderer/src/components/ServerReachBanner.vue'
import { createServerReach, serverReachKey } from '../../../src/renderer/src/api/serverReach'
import { serverPlaceKey } from '../../../src/renderer/src/api/serverPlace'
import type { ServerPlace } from '../../../src/renderer/src/api/serverPlace'
import {
  connectionClientKey,
  createConnectionClient,
} from '../../../src/renderer/src/features/connection/connectionClient'
import { createAppI18n } from '../../../src/renderer/src/i18n'

afterEach(() => {
  document.body.innerHTML = ''
})

function mountBanner(withConnection: boolean, place?: ServerPlace) {
  const reach = createServerReach(() => new Date(2026, 10, 30, 9, 41))
  const connection = createConnectionClient({
    status: vi.fn(),
    chooseLocal: vi.fn(),
    pair: vi.fn(),
  })
  const wrapper = mount(ServerReachBanner, {
    global: {
      plugins: [createAppI18n()],
      provide: {
        [serverReachKey as symbol]: reach,
        ...(withConnection ? { [connectionClientKey as symbol]: connection } : {}),
        ...(place ? { [serverPlaceKey as symbol]: place } : {}),
      },
    },
  })
  return { wrapper, reach }
}

describe('the server reach banner', () => {
  it('appears while the server is unreachable, with the last save, and goes when it answers', async () => {
    const { wrapper, reach } = mountBanner(false)
    expect(wrapper.text()).toBe('')
    reach.failed('network', 'no answer')
    await nextTick()
    const banner = wrapper.find('[role="status"]')
    expect(banner.text()).toContain('Clinic server unreachable, retrying…')
    expect(banner.text()).toContain('Nothing has been saved from this window yet.')
    reach.saved()
    await nextTick()
    expect(wrapper.text()).toContain('Last saved: 2026-11-30 09:41.')
    reach.reached()
    await nextTick()
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('on a single computer, says the app is not answering: there is no clinic server', async () => {
    const { wrapper, reach } = mountBanner(false, 'thisComputer')
    reach.failed('network', 'no answer')
    await nextTick()
    const banner = wrapper.get('[role="status"]')
    expect(banner.text()).toContain('The app is not answering, retrying…')
    expect(banner.text()).not.toContain('Clinic server')
  })

  it('alerts to a wrong certificate with its message and offers pairing again on the desktop', async () => {
    const { wrapper, reach } = mountBanner(true)
    reach.failed('certificate', 'Paired certificate SHA-256 AA; presented certificate SHA-256 BB.')
    await nextTick()
    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toContain('presented certificate SHA-256 BB')
    expect(alert.find('form').exists()).toBe(true)
  })
})
