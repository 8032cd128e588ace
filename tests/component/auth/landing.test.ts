// Issue 13, item 6: each role lands on its own first screen (front desk on Patients, clinicians
// on the Worklist, administrators on Users), and '/' loads no screen before the role is known, so
// an administrator's start makes no call the role may not make.
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { homeFor, installAccessGuard } from '../../../src/renderer/src/features/auth/accessGuard'
import { routes } from '../../../src/renderer/src/router'
import { contract } from '../../../src/shared/contract/channels'
import type { ChannelName } from '../../../src/shared/contract/channels'
import type { Role } from '../../../src/shared/contract/roles'

function routerFor(role: Role | null) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  installAccessGuard(router, () => ({
    role,
    can: (channel: ChannelName) => role !== null && contract[channel].roles.includes(role),
  }))
  return router
}

describe('where each role lands', () => {
  it.each([
    ['front_desk', '/patients'],
    ['clinician', '/worklist'],
    ['admin', '/admin/users'],
  ] as const)('%s lands on %s from the start page', async (role, path) => {
    expect(homeFor(role)).toBe(path)
    const router = routerFor(role)
    await router.push('/')
    expect(router.currentRoute.value.path).toBe(path)
  })

  it('lands each role on a screen whose channel the role may call', async () => {
    for (const role of ['front_desk', 'clinician', 'admin'] as const) {
      const router = routerFor(role)
      await router.push('/')
      const requires = router.currentRoute.value.meta.requires
      expect(requires && contract[requires].roles).toContain(role)
    }
  })

  it('shows no screen at the start page before the session is known', async () => {
    const router = routerFor(null)
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('home')
    expect(router.currentRoute.value.meta.requires).toBeUndefined()
  })

  it('sends an unknown address to the start page, not to a screen of one role', async () => {
    const router = routerFor('admin')
    await router.push('/no/such/page')
    expect(router.currentRoute.value.path).toBe('/admin/users')
  })
})
