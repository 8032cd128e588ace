// Issue 13, item 6: the lock screen must not leave patient data in the page, where developer
// tools could read it. Under the lock the app's screens are unmounted (not merely hidden); after
// the unlock they come back and fetch their data again.
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { sessionGate } from '../../../src/renderer/src/api/sessionGate'
import SessionGate from '../../../src/renderer/src/features/auth/SessionGate.vue'
import { useSessionStore } from '../../../src/renderer/src/features/auth/sessionStore'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { fakeAuth, frontDesk, ok, settle, signedIn } from '../auth/support'
import { mountWithApp } from '../support/mountWithApp'

const PATIENT_NAME = 'Nunez-Example, Ramona'
/** A stand-in screen showing a patient, inside the app frame as App.vue puts it. */
const Shell = defineComponent({
  render: () => h(SessionGate, null, { default: () => h('p', { id: 'patient' }, PATIENT_NAME) }),
})

afterEach(() => {
  document.body.innerHTML = ''
  sessionGate.open()
})

describe('the lock screen', () => {
  it('removes the patient from the page while locked and shows it again after the unlock', async () => {
    const fake = fakeAuth(signedIn())
    const api = {
      auth: { ...fake.auth, unlock: async () => ok(signedIn()) },
    } as unknown as Record<keyof ClinicApi, object>
    const { wrapper } = await mountWithApp(Shell, { api, path: '/patients' })
    await settle()
    expect(document.body.innerHTML).toContain(PATIENT_NAME)

    const session = useSessionStore()
    fake.setStatus({ ...signedIn(), state: 'locked' } as unknown as ReturnType<typeof signedIn>)
    await session.lock()
    await settle()

    expect(wrapper.find('[role="dialog"]').text()).toContain(frontDesk.displayName)
    // Not hidden: gone. Neither the markup nor any text node carries the name.
    expect(document.body.innerHTML).not.toContain('Nunez-Example')
    expect(document.body.textContent).not.toContain('Nunez-Example')

    fake.setStatus(signedIn())
    await session.unlock('grey heron by the mill')
    await settle()
    expect(document.body.innerHTML).toContain(PATIENT_NAME)
  })
})
