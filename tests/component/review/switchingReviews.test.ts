// Moving from one intake's review to another's (an emergency alert's link, the next on the
// worklist) while a decision is still being saved: the decision belongs to the review it was made
// in, and nothing of the previous patient stays on screen while the next one loads.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import type { Answers } from '../../../src/shared/intake/answers'
import type { Intake } from '../../../src/shared/intake/intakeRecord'
import ScreenView from '../../../src/renderer/src/navigation/ScreenView.vue'
import { inProgressReview } from './reviewFixtures'
import { draftIntake, ok, settle, testPatient } from '../intake/support'
import { mountWithApp } from '../support/mountWithApp'

afterEach(() => {
  document.body.innerHTML = ''
})

const answers: Answers = { painSites: ['low_back_central'], onset: 'sudden', durationWeeks: 1 }

function submitted(id: number): Intake {
  return draftIntake({
    id,
    status: 'submitted',
    answers,
    assessment: assess({ ageYears: 41, sex: 'male' }, answers),
    submittedAt: '2026-11-26T09:30:00.000Z',
  })
}

function storedReview(input: { intakeId: number; clinicalNote: string }) {
  return inProgressReview({ ...input, engineVersion: '1.1.0' })
}

/** Reviews of two intakes; `get` for intake 6 waits until released. */
function twoReviews() {
  let releaseSecond: () => void = () => undefined
  const secondHeld = new Promise<void>((resolve) => {
    releaseSecond = resolve
  })
  const get = vi.fn(async ({ intakeId }: { intakeId: number }) => {
    if (intakeId === 6) await secondHeld
    return ok({
      intake: submitted(intakeId),
      patient: { ...testPatient, givenName: intakeId === 6 ? 'Second' : 'First' },
      review: null,
      currentAssessment: null,
      canDecide: true,
    })
  })
  const saveDraft = vi.fn(async (input: { intakeId: number; clinicalNote: string }) =>
    ok(storedReview(input)),
  )
  const api = {
    reviews: { get, saveDraft },
    intakes: { historyForPatient: vi.fn(async () => ok({ intakes: [] })) },
    summaries: {},
  }
  return { api, saveDraft, releaseSecond }
}

describe('switching from one review to another', () => {
  it('saves a pending note to the review it was typed in, and hides the previous patient', async () => {
    const fake = twoReviews()
    const { wrapper, router } = await mountWithApp(ScreenView, {
      api: fake.api,
      path: '/review/5',
    })
    await settle()
    expect(wrapper.get('[data-testid="patient-banner"]').text()).toContain('First')
    await wrapper.find('#clinical-note').setValue('Note for the first patient')

    // Before the autosave's quiet time is over, the clinician follows a link to intake 6.
    void router.push('/review/6')
    await settle()
    await vi.waitFor(() => expect(fake.saveDraft).toHaveBeenCalled())
    expect(fake.saveDraft.mock.calls.map(([input]) => input.intakeId)).toEqual([5])
    // Intake 6 is on its way: the first patient's review is gone from the screen meanwhile.
    await vi.waitFor(() => expect(wrapper.find('#clinical-note').exists()).toBe(false))
    expect(wrapper.find('[data-testid="patient-banner"]').exists()).toBe(false)

    fake.releaseSecond()
    await settle()
    expect(wrapper.get('[data-testid="patient-banner"]').text()).toContain('Second')
    expect((wrapper.get('#clinical-note').element as HTMLTextAreaElement).value).toBe('')
  })
})
