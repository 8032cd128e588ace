// The administrator's list of paired computers. Found in a walkthrough of issue 12: every row's
// button was called just "Revoke", so a screen reader's list of buttons could not tell which
// computer each one would cut off.
import { afterEach, describe, expect, it, vi } from 'vitest'
import WorkstationsView from '../../../src/renderer/src/features/admin/WorkstationsView.vue'
import type { Workstation } from '../../../src/shared/workstations/workstation'
import { mountWithApp } from '../support/mountWithApp'
import { ok, settle } from '../auth/support'

const paired = { pairedAt: '2026-11-30T16:42:00.000Z', lastSeenAt: null, revokedAt: null }
const workstations: Workstation[] = [
  { ...paired, id: 1, name: 'Office' },
  { ...paired, id: 2, name: 'Front desk' },
]

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the Workstations screen', () => {
  it('names the computer on each Revoke button', async () => {
    const api = { workstations: { list: vi.fn(async () => ok({ workstations })) } }
    const { wrapper } = await mountWithApp(WorkstationsView, { api, path: '/admin/workstations' })
    await settle()
    const names = wrapper.findAll('tbody button').map((button) => button.attributes('aria-label'))
    expect(names).toEqual(['Revoke Office', 'Revoke Front desk'])
  })
})
