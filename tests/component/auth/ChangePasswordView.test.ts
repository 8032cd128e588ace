// The "Change password" screen every signed-in user reaches from the header: it calls
// auth.changePassword, shows the door's field errors at their field (a wrong current password,
// a password too easy to guess), keeps what was typed, and on success returns the user to the
// screen they came from with a confirmation.
import { afterEach, describe, expect, it, vi } from 'vitest'
import ChangePasswordView from '../../../src/renderer/src/features/auth/ChangePasswordView.vue'
import { useSessionStore } from '../../../src/renderer/src/features/auth/sessionStore'
import { mountWithApp } from '../support/mountWithApp'
import { fakeAuth, fieldRefusal, settle } from './support'

const WEAK =
  'This password is too easy to guess. Use a longer one, for example a few unrelated words.'

afterEach(() => {
  document.body.innerHTML = ''
})

async function openScreen(fake = fakeAuth()) {
  const mounted = await mountWithApp(ChangePasswordView, {
    api: { auth: fake.auth },
    path: '/account/password?from=/patients/3/edit',
  })
  await useSessionStore().refresh()
  await settle()
  return { ...mounted, fake }
}

async function fillIn(
  wrapper: Awaited<ReturnType<typeof openScreen>>['wrapper'],
  values: string[],
) {
  const [current, next, repeat] = values
  await wrapper.get('#change-password-current').setValue(current)
  await wrapper.get('#change-password-new').setValue(next)
  await wrapper.get('#change-password-repeat').setValue(repeat)
  await wrapper.get('form').trigger('submit')
  await settle()
}

const valueOf = (wrapper: { get(s: string): { element: Element } }, selector: string) =>
  (wrapper.get(selector).element as HTMLInputElement).value

describe('the change-password screen', () => {
  it('has a visible label on every box', async () => {
    const { wrapper } = await openScreen()
    expect(wrapper.get('h1').text()).toBe('Change your password')
    expect(wrapper.get('label[for="change-password-current"]').text()).toBe('Current password')
    expect(wrapper.get('label[for="change-password-new"]').text()).toBe('New password')
    expect(wrapper.get('label[for="change-password-repeat"]').text()).toBe(
      'Repeat the new password',
    )
  })

  it('changes the password and returns to where the user was, with a confirmation', async () => {
    const { wrapper, router, fake } = await openScreen()
    await fillIn(wrapper, ['old password 1', 'grey heron by the mill', 'grey heron by the mill'])
    expect(fake.auth.changePassword).toHaveBeenCalledWith({
      currentPassword: 'old password 1',
      newPassword: 'grey heron by the mill',
    })
    // The screen's code loads on first use, which can take a moment on a busy machine.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/patients/3/edit'), {
      timeout: 10_000,
    })
    // The app frame shows this confirmation above that screen (see forcedPasswordChange.test).
    expect(useSessionStore().notice).toEqual({
      key: 'auth.changePassword.changed',
      path: '/patients/3/edit',
    })
  })

  it('shows a wrong current password at that box and keeps what was typed', async () => {
    const fake = fakeAuth()
    fake.auth.changePassword.mockResolvedValueOnce(
      fieldRefusal('currentPassword', 'This is not your current password.') as never,
    )
    const { wrapper, router } = await openScreen(fake)
    await fillIn(wrapper, ['not my password', 'grey heron by the mill', 'grey heron by the mill'])
    expect(wrapper.get('#change-password-current-error').text()).toBe(
      'This is not your current password.',
    )
    expect(wrapper.get('#change-password-current').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement?.id).toBe('change-password-current')
    expect(valueOf(wrapper, '#change-password-new')).toBe('grey heron by the mill')
    expect(router.currentRoute.value.path).toBe('/account/password')
  })

  it('shows the refusal of a password too easy to guess at the new-password box', async () => {
    const fake = fakeAuth()
    fake.auth.changePassword.mockResolvedValueOnce(fieldRefusal('newPassword', WEAK) as never)
    const { wrapper, router } = await openScreen(fake)
    await fillIn(wrapper, ['old password 1', 'password12', 'password12'])
    expect(wrapper.get('#change-password-new-error').text()).toBe(WEAK)
    expect(wrapper.get('[role="alert"].notice').text()).toContain('Please correct')
    expect(valueOf(wrapper, '#change-password-new')).toBe('password12')
    expect(valueOf(wrapper, '#change-password-repeat')).toBe('password12')
    expect(router.currentRoute.value.path).toBe('/account/password')
  })

  it('asks for the same new password twice before calling the app', async () => {
    const { wrapper, fake } = await openScreen()
    await fillIn(wrapper, ['old password 1', 'grey heron by the mill', 'grey heron by the mil'])
    expect(fake.auth.changePassword).not.toHaveBeenCalled()
    expect(wrapper.get('#change-password-repeat-error').text()).toContain(
      'The two new passwords are different',
    )
  })
})
