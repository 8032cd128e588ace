// After an administrator's reset the one door refuses every call with the reason
// `password_change_required`. The session gate then holds the app's calls and sends the user to
// the password screen, which explains why, and nowhere else until the password is changed; then
// the held calls go out and the user is back where they were.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createSessionGate, gatedApi, sessionGate } from '../../../src/renderer/src/api/sessionGate'
import SessionGate from '../../../src/renderer/src/features/auth/SessionGate.vue'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { mountWithApp } from '../support/mountWithApp'
import { fakeAuth, ok, settle, signedIn } from './support'

const CHANGE_REQUIRED = {
  ok: false,
  error: {
    kind: 'unauthenticated',
    message: 'Choose a new password to continue.',
    reason: 'password_change_required',
  },
} as const
const FOUND = ok({ patients: [] })
/** The app frame around a stand-in screen, as App.vue puts it. */
const Shell = defineComponent({
  render: () => h(SessionGate, null, { default: () => h('p', { id: 'work' }, 'Patient list') }),
})
const EXPLANATION = 'An administrator set a temporary password. Choose your own to continue.'

afterEach(() => {
  document.body.innerHTML = ''
  sessionGate.open()
})

describe('the session gate and a forced password change', () => {
  it('holds a call refused for a password change and sends it again once the gate opens', async () => {
    const gate = createSessionGate()
    const refused = vi.fn()
    gate.onRefused(refused)
    const search = vi.fn().mockResolvedValueOnce(CHANGE_REQUIRED).mockResolvedValueOnce(FOUND)
    const api = gatedApi({ patients: { search } } as unknown as ClinicApi, gate)
    const pending = api.patients.search({ query: 'ex' })
    await settle()
    expect(refused).toHaveBeenCalledWith('password_change_required')
    expect(gate.isOpen()).toBe(false)
    expect(search).toHaveBeenCalledTimes(1)
    gate.open()
    expect(await pending).toEqual(FOUND)
    expect(search).toHaveBeenCalledTimes(2)
  })

  it('sends the user to the password screen with the reason, and back to work after', async () => {
    const fake = fakeAuth(signedIn())
    const search = vi.fn().mockResolvedValueOnce(CHANGE_REQUIRED).mockResolvedValue(FOUND)
    const api = gatedApi({ auth: fake.auth, patients: { search } } as unknown as ClinicApi)
    const { wrapper } = await mountWithApp(Shell, {
      api: api as unknown as Record<keyof ClinicApi, object>,
      path: '/patients',
    })
    await settle()
    const app = () => wrapper.get('[data-testid="app-content"]')
    expect(app().isVisible()).toBe(true)
    expect(wrapper.find('[data-testid="change-password"]').exists()).toBe(false)

    // The administrator has reset this user's password: the next call is refused.
    fake.setStatus(signedIn(true))
    const pending = api.patients.search({ query: 'ex' })
    await settle()

    const screen = wrapper.get('[data-testid="change-password"]')
    expect(screen.get('h1').text()).toBe('Choose your own password')
    expect(screen.get('[role="alert"]').text()).toContain(EXPLANATION)
    expect(screen.get('label[for="change-password-current"]').text()).toContain(
      'Temporary password',
    )
    // Nothing else: the app underneath is hidden and out of reach, its call waiting.
    expect(app().isVisible()).toBe(false)
    expect(app().attributes('inert')).toBeDefined()
    expect(search).toHaveBeenCalledTimes(1)

    await wrapper.get('#change-password-current').setValue('Temporary-Pass-1')
    await wrapper.get('#change-password-new').setValue('grey heron by the mill')
    await wrapper.get('#change-password-repeat').setValue('grey heron by the mill')
    await wrapper.get('form').trigger('submit')
    await settle()

    expect(fake.auth.changePassword).toHaveBeenCalledWith({
      currentPassword: 'Temporary-Pass-1',
      newPassword: 'grey heron by the mill',
    })
    expect(wrapper.find('[data-testid="change-password"]').exists()).toBe(false)
    expect(app().isVisible()).toBe(true)
    expect(app().attributes('inert')).toBeUndefined()
    expect(app().get('[role="status"]').text()).toContain('Your password has been changed.')
    expect(await pending).toEqual(FOUND)
    expect(search).toHaveBeenCalledTimes(2)
  })

  it('shows the password screen straight after signing in with a temporary password', async () => {
    const fake = fakeAuth(signedIn(true))
    const api = gatedApi({ auth: fake.auth } as unknown as ClinicApi)
    const { wrapper } = await mountWithApp(Shell, {
      api: api as unknown as Record<keyof ClinicApi, object>,
      path: '/patients',
    })
    await settle()
    expect(wrapper.get('[data-testid="change-password"]').text()).toContain(EXPLANATION)
    expect(wrapper.get('[data-testid="app-content"]').isVisible()).toBe(false)
    expect(sessionGate.isOpen()).toBe(false)
  })
})
