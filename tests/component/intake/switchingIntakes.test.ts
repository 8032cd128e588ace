// Opening another intake while one is on screen: until the new one has loaded, nothing of the
// old one may be shown or typed into. (Found in the clinic-network e2e: a medicines answer typed
// right after opening a draft went nowhere, because the previous intake was still on screen.)
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useIntakeSessionStore } from '../../../src/renderer/src/features/intake/intakeSessionStore'
import ScreenView from '../../../src/renderer/src/navigation/ScreenView.vue'
import type { Intake } from '../../../src/shared/intake/intakeRecord'
import { draftIntake, mountIntakeScreen, ok, settle, testPatient } from './support'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A fake `intakes` namespace over several drafts whose `get` replies only when released. */
function slowIntakes(...initial: Intake[]) {
  const stored = new Map(initial.map((intake) => [intake.id, intake]))
  const held: (() => void)[] = []
  let holding = false
  const get = vi.fn(async ({ id }: { id: number }) => {
    if (holding) await new Promise<void>((resolve) => held.push(resolve))
    return ok({ intake: stored.get(id)!, patient: testPatient })
  })
  const saveDraft = vi.fn(
    async (input: { id: number; version: number; step: string; values: Intake['values'] }) => {
      const intake = stored.get(input.id)!
      const next = { ...intake, values: input.values, version: intake.version + 1 }
      stored.set(input.id, next)
      return ok({ id: next.id, version: next.version, updatedAt: '2026-11-26T09:01:00.000Z' })
    },
  )
  return {
    api: { intakes: { get, saveDraft } },
    get,
    saveDraft,
    stored: (id: number) => stored.get(id)!,
    hold: () => {
      holding = true
    },
    /** Replies to every held `get`, in the order given (oldest first by default). */
    release: (order: 'oldest first' | 'newest first' = 'oldest first') => {
      holding = false
      const waiting = held.splice(0)
      for (const resolve of order === 'oldest first' ? waiting : waiting.reverse()) resolve()
    },
  }
}

const first = draftIntake({ id: 5, step: 'functionCare' })
const second = draftIntake({ id: 6, step: 'functionCare' })

describe('switching from one intake to another', () => {
  it('shows no question of the previous intake while the next one loads, and saves to the right one', async () => {
    const fake = slowIntakes(first, second)
    const { wrapper, router } = await mountIntakeScreen(ScreenView, {
      api: fake.api,
      path: '/intakes/5/function-care',
    })
    await settle()
    expect(wrapper.find('#question-medications').exists()).toBe(true)

    fake.hold()
    await router.push('/intakes/6/function-care')
    await settle()
    // Intake 6 is still on its way: no box to type into, a loading message instead.
    expect(wrapper.find('#question-medications').exists()).toBe(false)
    expect(wrapper.find('[role="status"]').text()).toBe('Loading the intake…')

    fake.release()
    await settle()
    await wrapper.find('#question-medications').setValue('Ibuprofen 400 mg')
    await vi.waitFor(() => expect(fake.saveDraft).toHaveBeenCalled(), { timeout: 1500 })
    expect(fake.stored(6).values).toEqual({ medications: 'Ibuprofen 400 mg' })
    expect(fake.stored(5).values).toEqual({})
  })

  it('keeps the newest choice when an older load answers last', async () => {
    const fake = slowIntakes(first, second, draftIntake({ id: 7, values: { notes: 'seven' } }))
    const { router } = await mountIntakeScreen(ScreenView, {
      api: fake.api,
      path: '/intakes/5/function-care',
    })
    await settle()
    fake.hold()
    await router.push('/intakes/6/function-care')
    await settle()
    await router.push('/intakes/7/function-care')
    await settle()
    fake.release('newest first')
    await settle()
    const session = useIntakeSessionStore()
    expect(session.intake?.id).toBe(7)
    expect(session.values).toEqual({ notes: 'seven' })
    expect(session.isShowing(7)).toBe(true)
  })
})
