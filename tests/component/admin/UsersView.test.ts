// The administrator's list of accounts shows what `users.list` now reports per user: a sign-in
// lock (with the wrong passwords behind it), a password the user must change at the next
// sign-in; and an Unlock action that asks first, then calls `users.unlock`.
import { afterEach, describe, expect, it, vi } from 'vitest'
import UsersView from '../../../src/renderer/src/features/admin/UsersView.vue'
import type { User } from '../../../src/shared/auth/user'
import { mountWithApp } from '../support/mountWithApp'
import { ok, settle } from '../auth/support'

const inAnHour = new Date(Date.now() + 60 * 60 * 1000).toISOString()
const base = {
  disabled: false,
  lockedUntil: null,
  failedAttempts: 0,
  mustChangePassword: false,
  passwordChangedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}
const admin: User = { ...base, id: 1, username: 'admin', displayName: 'Ada Admin', role: 'admin' }
const locked: User = {
  ...base,
  id: 2,
  username: 'fdesk',
  displayName: 'Frankie Desk',
  role: 'front_desk',
  lockedUntil: inAnHour,
  failedAttempts: 5,
}
const reset: User = {
  ...base,
  id: 3,
  username: 'drno',
  displayName: 'Dr Noor',
  role: 'clinician',
  mustChangePassword: true,
}

afterEach(() => {
  document.body.innerHTML = ''
})

async function openUsers() {
  let users = [admin, locked, reset]
  const unlock = vi.fn(async ({ username }: { username: string }) => {
    users = users.map((u) =>
      u.username === username ? { ...u, lockedUntil: null, failedAttempts: 0 } : u,
    )
    return ok(users.find((u) => u.username === username))
  })
  const api = {
    users: { list: vi.fn(async () => ok({ users })), unlock },
    // The idle-lock setting below the list; not this test's subject.
    safety: {
      getSettings: vi.fn(async () => ({ ok: false, error: { kind: 'not_found', message: '' } })),
    },
  }
  const { wrapper } = await mountWithApp(UsersView, { api, path: '/admin/users' })
  await settle()
  return { wrapper, unlock }
}

/** The list with only the administrator, who adds a person; the door answers as it now does. */
async function openUsersToAdd() {
  let users = [admin]
  const create = vi.fn(async (input: { username: string; displayName: string; role: string }) => {
    const fresh: User = {
      ...base,
      id: 9,
      username: input.username,
      displayName: input.displayName,
      role: 'front_desk',
      // The password the administrator typed is a temporary one.
      mustChangePassword: true,
    }
    users = [...users, fresh]
    return ok(fresh)
  })
  const api = {
    users: { list: vi.fn(async () => ok({ users })), create },
    safety: {
      getSettings: vi.fn(async () => ({ ok: false, error: { kind: 'not_found', message: '' } })),
    },
  }
  const { wrapper } = await mountWithApp(UsersView, { api, path: '/admin/users' })
  await settle()
  return { wrapper, create }
}

const row = (wrapper: Awaited<ReturnType<typeof openUsers>>['wrapper'], name: string) =>
  wrapper.findAll('tbody tr').find((r) => r.get('th').text() === name)!

describe('the staff accounts screen', () => {
  it('shows a sign-in lock and a password that must be changed at the next sign-in', async () => {
    const { wrapper } = await openUsers()
    const lockedRow = row(wrapper, 'Frankie Desk').text()
    expect(lockedRow).toContain('Sign-in locked until')
    expect(lockedRow).toContain('After 5 wrong passwords in a row at one computer or browser')
    expect(row(wrapper, 'Dr Noor').get('[data-testid="must-change-password"]').text()).toBe(
      'Must change password at next sign-in',
    )
    expect(row(wrapper, 'Ada Admin').find('[data-testid="must-change-password"]').exists()).toBe(
      false,
    )
  })

  it('unlocks a locked account only after the administrator confirms', async () => {
    const { wrapper, unlock } = await openUsers()
    expect(row(wrapper, 'Dr Noor').find('[aria-label="Unlock sign-in for Dr Noor"]').exists()).toBe(
      false,
    )
    await row(wrapper, 'Frankie Desk')
      .get('[aria-label="Unlock sign-in for Frankie Desk"]')
      .trigger('click')
    await settle()
    const confirm = wrapper.get('[role="alertdialog"]')
    expect(confirm.text()).toContain('Unlock sign-in for Frankie Desk?')
    expect(unlock).not.toHaveBeenCalled()
    await confirm
      .findAll('button')
      .find((b) => b.text() === 'Unlock now')!
      .trigger('click')
    await settle()
    expect(unlock).toHaveBeenCalledWith({ username: 'fdesk' })
    expect(wrapper.get('[role="status"]').text()).toBe('Frankie Desk can sign in again now.')
    expect(row(wrapper, 'Frankie Desk').text()).toContain('Active')
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false)
  })

  it('adds a person with a temporary password and lists them as having to change it', async () => {
    const { wrapper, create } = await openUsersToAdd()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add a person')!
      .trigger('click')
    await settle()
    expect(wrapper.get('label[for="user-password"]').text()).toBe('Temporary password')
    expect(wrapper.get('#user-password-hint').text()).toContain(
      'they must choose their own when they first sign in',
    )
    await wrapper.get('#user-display-name').setValue('Fran Desk')
    await wrapper.get('#user-username').setValue('fran')
    await wrapper.get('#user-role').setValue('front_desk')
    await wrapper.get('#user-password').setValue('harbour-kite-4821')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(create).toHaveBeenCalledWith({
      displayName: 'Fran Desk',
      username: 'fran',
      role: 'front_desk',
      password: 'harbour-kite-4821',
    })
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Added Fran Desk (fran). Give them the temporary password in person; they will be asked to choose their own when they first sign in.',
    )
    expect(row(wrapper, 'Fran Desk').get('[data-testid="must-change-password"]').text()).toBe(
      'Must change password at next sign-in',
    )
  })
})
