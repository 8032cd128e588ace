// @vitest-environment-options {"url":"https://192.168.1.20:8443/"}
// An intake typed while the clinic server is away: a fake transport that fails, then recovers.
import { defineComponent, h } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ServerReachBanner from '../../../src/renderer/src/components/ServerReachBanner.vue'
import IntakeFormView from '../../../src/renderer/src/features/intake/IntakeFormView.vue'
import { resilientApi } from '../../../src/renderer/src/api/resilientApi'
import { createServerReach, serverReachKey } from '../../../src/renderer/src/api/serverReach'
import { createClient } from '../../../src/shared/contract/client'
import type { Transport } from '../../../src/shared/contract/client'
import { draftIntake, fakeIntakes, mountIntakeScreen, settle } from '../intake/support'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

const UNREACHABLE = {
  ok: false,
  error: { kind: 'internal', message: 'The app could not be reached.', ref: 'network' },
}

/** The form with the banner above it, as App.vue shows them. */
const Screen = defineComponent({
  props: { intakeId: { type: Number, required: true }, stepSlug: { type: String, required: true } },
  setup(props) {
    return () =>
      h('div', [
        h(ServerReachBanner),
        h(IntakeFormView, { intakeId: props.intakeId, stepSlug: props.stepSlug }),
      ])
  },
})

/**
 * The intake on the hip-symptoms step behind a fake server that can go away (`down`), or store a
 * save and lose its reply (`dropReplies`), as when the server is killed mid-call.
 */
async function openOffline(options: { getFailures?: number } = {}) {
  const fake = fakeIntakes(draftIntake())
  const server = { down: false, dropReplies: false, getFailures: options.getFailures ?? 0 }
  const transport: Transport = async (channel, payload) => {
    if (channel === 'intakes.get') {
      if (server.getFailures > 0) {
        server.getFailures -= 1
        return UNREACHABLE
      }
      return fake.get()
    }
    if (channel === 'intakes.saveDraft') {
      if (server.down) return UNREACHABLE
      const reply = await fake.saveDraft(payload as Parameters<typeof fake.saveDraft>[0])
      return server.dropReplies ? UNREACHABLE : reply
    }
    return UNREACHABLE
  }
  const reach = createServerReach()
  const api = resilientApi(createClient(transport), reach, { sleep: () => Promise.resolve() })
  const mounted = await mountIntakeScreen(Screen, {
    api: api as unknown as Record<string, object>,
    props: { intakeId: 5, stepSlug: 'hip-symptoms' },
    path: '/intakes/5/hip-symptoms',
    provide: { [serverReachKey as symbol]: reach },
  })
  await settle()
  return { ...mounted, fake, server, reach }
}

const banner = (wrapper: Awaited<ReturnType<typeof openOffline>>['wrapper']) =>
  wrapper.find('[data-testid="server-unreachable"]')
const saveStatus = (wrapper: Awaited<ReturnType<typeof openOffline>>['wrapper']) =>
  wrapper.find('[data-testid="save-status"]').text()
const checked = (wrapper: Awaited<ReturnType<typeof openOffline>>['wrapper'], id: string) =>
  (wrapper.find(id).element as HTMLInputElement).checked

describe('an intake while the clinic server is away', () => {
  it('keeps every answer, shows a status banner with the last save, and saves it all on return', async () => {
    const { wrapper, fake, server } = await openOffline()
    // One answer saved while the server is there: the banner will name when.
    await wrapper.find('#question-hipClickingLockingCatching-0').setValue(true)
    await vi.waitFor(() => expect(saveStatus(wrapper)).toBe('Saved'))
    expect(banner(wrapper).exists()).toBe(false)

    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    server.down = true
    await wrapper.find('#question-hipGivingWay-0').setValue(true)
    await vi.advanceTimersByTimeAsync(500)
    expect(banner(wrapper).exists()).toBe(true)
    expect(banner(wrapper).attributes('role')).toBe('status')
    expect(banner(wrapper).text()).toContain('Clinic server unreachable, retrying…')
    expect(banner(wrapper).text()).toMatch(/Last saved: \d{4}-\d\d-\d\d \d\d:\d\d\./)
    // Typing goes on; nothing is taken off the screen.
    await wrapper.find('#question-unableToBearWeight-1').setValue(true)
    await vi.advanceTimersByTimeAsync(7_000)
    expect(checked(wrapper, '#question-hipGivingWay-0')).toBe(true)
    expect(checked(wrapper, '#question-unableToBearWeight-1')).toBe(true)
    expect(fake.current().values).toEqual({ hipClickingLockingCatching: true })

    server.down = false
    await vi.advanceTimersByTimeAsync(15_000)
    expect(fake.current().values).toEqual({
      hipClickingLockingCatching: true,
      hipGivingWay: true,
      unableToBearWeight: false,
    })
    expect(saveStatus(wrapper)).toBe('Saved')
    expect(banner(wrapper).exists()).toBe(false)
  })

  it('shows today’s conflict message when another workstation changed the draft meanwhile', async () => {
    const { wrapper, fake, server } = await openOffline()
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    server.down = true
    await wrapper.find('#question-hipGivingWay-0').setValue(true)
    await vi.advanceTimersByTimeAsync(500)
    expect(banner(wrapper).exists()).toBe(true)
    // Meanwhile someone saves this draft on another computer.
    fake.bumpVersionElsewhere()
    server.down = false
    await vi.advanceTimersByTimeAsync(2_000)
    expect(saveStatus(wrapper)).toContain('changed in another window or on another computer')
    // Their copy is not overwritten, and ours is still on screen.
    expect(fake.current().values).toEqual({})
    expect(checked(wrapper, '#question-hipGivingWay-0')).toBe(true)
    expect(banner(wrapper).exists()).toBe(false)
  })

  it('is no conflict when the save that lost its reply was stored after all', async () => {
    const { wrapper, fake, server } = await openOffline()
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    server.dropReplies = true
    await wrapper.find('#question-hipGivingWay-0').setValue(true)
    await vi.advanceTimersByTimeAsync(500)
    expect(fake.current().values).toEqual({ hipGivingWay: true })
    expect(banner(wrapper).exists()).toBe(true)
    server.dropReplies = false
    await wrapper.find('#question-unableToBearWeight-0').setValue(true)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(saveStatus(wrapper)).toBe('Saved')
    expect(fake.current().values).toEqual({ hipGivingWay: true, unableToBearWeight: true })
  })

  it('opens the intake once the server answers, retrying the read by itself', async () => {
    const { wrapper, fake } = await openOffline({ getFailures: 3 })
    await vi.waitFor(() => expect(wrapper.find('#question-hipGivingWay-0').exists()).toBe(true))
    expect(fake.get).toHaveBeenCalledTimes(1)
    expect(wrapper.text()).not.toContain('could not be found')
  })
})
