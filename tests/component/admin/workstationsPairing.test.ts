// Issue 12, found walking it as a new user: the Workstations screen read its list only when it
// opened, so a computer paired with the code on show never appeared, and the spent code stayed
// on show as if it still worked.
import { afterEach, describe, expect, it, vi } from 'vitest'
import WorkstationsView from '../../../src/renderer/src/features/admin/WorkstationsView.vue'
import type { Workstation } from '../../../src/shared/workstations/workstation'
import { mountWithApp } from '../support/mountWithApp'
import { ok } from '../auth/support'

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

const office: Workstation = {
  id: 1,
  name: 'Office',
  pairedAt: '2026-11-30T16:42:00.000Z',
  lastSeenAt: null,
  revokedAt: null,
}
const frontDesk: Workstation = { ...office, id: 2, name: 'Front desk' }

/** The screen behind a fake server where `pairs()` is a computer typing the code. */
async function openScreen() {
  // Before mounting: Vue ignores a click older than its handler, by the same (fake) clock.
  vi.useFakeTimers({ now: new Date('2026-11-30T17:00:00.000Z') })
  let listed = [office]
  const list = vi.fn(async () => ok({ workstations: listed }))
  const createPairingCode = vi.fn(async () =>
    ok({ code: '5GHX-9V88', expiresAt: '2026-11-30T17:10:00.000Z' }),
  )
  const api = { workstations: { list, createPairingCode } }
  const { wrapper } = await mountWithApp(WorkstationsView, { api, path: '/admin/workstations' })
  await vi.advanceTimersByTimeAsync(0)
  return { wrapper, list, pairs: () => (listed = [frontDesk, office]) }
}

const createCode = async (wrapper: Awaited<ReturnType<typeof openScreen>>['wrapper']) => {
  const button = wrapper.findAll('button').find((b) => b.text() === 'Create pairing code')
  await button?.trigger('click')
  await vi.advanceTimersByTimeAsync(0)
}

describe('the Workstations screen while a pairing code is on show', () => {
  it('shows the computer that used the code, and that the code is spent, within seconds', async () => {
    const { wrapper, pairs } = await openScreen()
    await createCode(wrapper)
    expect(wrapper.find('[data-testid="pairing-code"]').text()).toBe('5GHX-9V88')
    pairs()
    await vi.advanceTimersByTimeAsync(3_000)
    expect(wrapper.find('[data-testid="pairing-code"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="pairing-code-used"]').text()).toBe(
      'Paired: Front desk. The code is used up; create a new one for the next computer.',
    )
    expect(wrapper.findAll('tbody th').map((cell) => cell.text())).toEqual(['Front desk', 'Office'])
  })

  it('asks only while a code waits to be used and the screen is open', async () => {
    const { wrapper, list, pairs } = await openScreen()
    await vi.advanceTimersByTimeAsync(30_000)
    // No code on show: the list was read once, when the screen opened.
    expect(list).toHaveBeenCalledTimes(1)
    await createCode(wrapper)
    await vi.advanceTimersByTimeAsync(9_000)
    const whileWaiting = list.mock.calls.length
    expect(whileWaiting).toBeGreaterThanOrEqual(4)
    pairs()
    await vi.advanceTimersByTimeAsync(3_000)
    const afterPairing = list.mock.calls.length
    await vi.advanceTimersByTimeAsync(30_000)
    expect(list).toHaveBeenCalledTimes(afterPairing)
    // A new code, then the screen closes: no more calls.
    await createCode(wrapper)
    const beforeLeaving = list.mock.calls.length
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(30_000)
    expect(list).toHaveBeenCalledTimes(beforeLeaving)
  })

  it('says when the code has expired unused, and stops asking', async () => {
    const { wrapper, list } = await openScreen()
    await createCode(wrapper)
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 3_000)
    expect(wrapper.find('[data-testid="pairing-code"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('This code has expired. Create a new one to pair a computer.')
    const calls = list.mock.calls.length
    await vi.advanceTimersByTimeAsync(30_000)
    expect(list).toHaveBeenCalledTimes(calls)
  })
})
