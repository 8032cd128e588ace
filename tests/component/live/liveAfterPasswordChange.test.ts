// The clinic server refuses the live-updates stream to a session that must first replace its
// temporary password, as it refuses its calls. The app therefore does not open the stream then
// (it would only be refused and back off for up to 30 s), and opens it the moment the person has
// chosen their own password, so the worklist is live at once.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { gatedApi, sessionGate } from '../../../src/renderer/src/api/sessionGate'
import type { LiveEvents } from '../../../src/renderer/src/api/liveEvents'
import SessionGate from '../../../src/renderer/src/features/auth/SessionGate.vue'
import { useSessionStore } from '../../../src/renderer/src/features/auth/sessionStore'
import { keepLiveForSession } from '../../../src/renderer/src/features/live/liveConnection'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { fakeAuth, settle, signedIn } from '../auth/support'
import { mountWithApp } from '../support/mountWithApp'

afterEach(() => {
  useSessionStore().$dispose()
  document.body.innerHTML = ''
  sessionGate.open()
})

function fakeLive() {
  return { listen: vi.fn(() => () => {}), start: vi.fn(), stop: vi.fn() } satisfies LiveEvents
}

/** The app frame as App.vue wires it: the stream follows the session. */
function shellWith(live: LiveEvents) {
  return defineComponent({
    setup() {
      keepLiveForSession(live, useSessionStore())
      return () => h(SessionGate, null, { default: () => h('p', 'Worklist') })
    },
  })
}

async function mountSignedIn(mustChangePassword: boolean) {
  const live = fakeLive()
  const fake = fakeAuth(signedIn(mustChangePassword))
  const api = gatedApi({ auth: fake.auth } as unknown as ClinicApi)
  const { wrapper } = await mountWithApp(shellWith(live), {
    api: api as unknown as Record<keyof ClinicApi, object>,
    path: '/patients',
  })
  await settle()
  return { wrapper, live }
}

describe('live updates and a temporary password', () => {
  it('are not opened until the person has chosen their own password, then at once', async () => {
    const { wrapper, live } = await mountSignedIn(true)
    expect(wrapper.find('[data-testid="change-password"]').exists()).toBe(true)
    expect(live.start).not.toHaveBeenCalled()

    await wrapper.get('#change-password-current').setValue('Temporary-Pass-1')
    await wrapper.get('#change-password-new').setValue('grey heron by the mill')
    await wrapper.get('#change-password-repeat').setValue('grey heron by the mill')
    await wrapper.get('form').trigger('submit')
    await settle()

    expect(wrapper.find('[data-testid="change-password"]').exists()).toBe(false)
    expect(live.start).toHaveBeenCalledTimes(1)
  })

  it('are opened straight away for a person who signs in with their own password', async () => {
    const { live } = await mountSignedIn(false)
    expect(live.start).toHaveBeenCalledTimes(1)
  })
})
