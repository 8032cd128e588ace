// The first-run screen: it creates the administrator and names the clinic in one call, because
// the clinic's name heads every summary. The name is asked for; the address is optional.
import { afterEach, describe, expect, it, vi } from 'vitest'
import SetupAdminView from '../../../src/renderer/src/features/auth/SetupAdminView.vue'
import { mountWithApp } from '../support/mountWithApp'
import { fieldRefusal, ok, settle } from './support'

const PASSWORD = 'grey heron by the mill'
const admin = { id: 1, username: 'mlopez', displayName: 'Maria Lopez', role: 'admin' as const }

afterEach(() => {
  document.body.innerHTML = ''
})

const signedIn = ok({ state: 'signed_in' as const, user: admin, idleLockSeconds: 600 })

async function openScreen(setupAdmin: ReturnType<typeof vi.fn> = vi.fn(async () => signedIn)) {
  const { wrapper } = await mountWithApp(SetupAdminView, {
    api: {
      auth: {
        setupAdmin,
        status: vi.fn(async () => signedIn),
      },
    },
  })
  await settle()
  return { wrapper, setupAdmin }
}

type Wrapper = Awaited<ReturnType<typeof openScreen>>['wrapper']

async function fillAccount(wrapper: Wrapper) {
  await wrapper.get('#setup-display-name').setValue('Maria Lopez')
  await wrapper.get('#setup-username').setValue('mlopez')
  await wrapper.get('#setup-password').setValue(PASSWORD)
  await wrapper.get('#setup-repeat').setValue(PASSWORD)
}

describe('the first-run screen', () => {
  it('asks for the clinic name and, optionally, its address, with visible labels', async () => {
    const { wrapper } = await openScreen()
    expect(wrapper.get('label[for="setup-clinic-name"]').text()).toBe('Clinic name')
    expect(wrapper.get('label[for="setup-clinic-address"]').text()).toBe(
      'Clinic address (optional)',
    )
    // The first box to type in.
    expect(document.activeElement?.id).toBe('setup-clinic-name')
  })

  it('sends the clinic details with the account in the same call', async () => {
    const { wrapper, setupAdmin } = await openScreen()
    await wrapper.get('#setup-clinic-name').setValue('Harbor Spine Clinic')
    await wrapper.get('#setup-clinic-address').setValue('12 Example Street\nSampletown')
    await fillAccount(wrapper)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(setupAdmin).toHaveBeenCalledWith({
      username: 'mlopez',
      displayName: 'Maria Lopez',
      password: PASSWORD,
      clinicName: 'Harbor Spine Clinic',
      clinicAddress: '12 Example Street\nSampletown',
    })
  })

  it('says at the field when the clinic name is missing, sends nothing and keeps what was typed', async () => {
    const { wrapper, setupAdmin } = await openScreen()
    await wrapper.get('#setup-clinic-address').setValue('12 Example Street')
    await fillAccount(wrapper)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(setupAdmin).not.toHaveBeenCalled()
    expect(wrapper.get('#setup-clinic-name').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Enter the clinic name')
    expect((wrapper.get('#setup-clinic-address').element as HTMLTextAreaElement).value).toBe(
      '12 Example Street',
    )
    expect((wrapper.get('#setup-username').element as HTMLInputElement).value).toBe('mlopez')
  })

  it('shows the door’s refusal of the address at the address', async () => {
    const refuse = vi.fn(async () =>
      fieldRefusal('clinicAddress', 'Use at most 4 lines for the address'),
    )
    const { wrapper } = await openScreen(refuse)
    await wrapper.get('#setup-clinic-name').setValue('Harbor Spine Clinic')
    await fillAccount(wrapper)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('#setup-clinic-address').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#setup-clinic-address-error').text()).toBe(
      'Use at most 4 lines for the address',
    )
  })
})
