import type { Mock } from 'vitest'
import { vi } from 'vitest'
import ScreenView from '../../../src/renderer/src/navigation/ScreenView.vue'
import { assess } from '../../../src/shared/clinical/assess'
import type { Answers } from '../../../src/shared/intake/answers'
import { flaggedCauseIds } from '../../../src/shared/review/decisions'
import { draftIntake, ok, settle, testPatient } from '../intake/support'
import { mountWithApp } from '../support/mountWithApp'

/**
 * A submitted intake that no clinician has reviewed yet, its assessment, and the first cause it
 * flags. Leg pain below the knee: causes are flagged, so there are decisions to make.
 */
export function submittedIntake() {
  const answers: Answers = {
    painSites: ['low_back_central', 'below_knee_left'],
    onset: 'sudden',
    durationWeeks: 1,
  }
  const assessment = assess({ ageYears: 41, sex: 'male' }, answers)
  const intake = draftIntake({
    status: 'submitted',
    answers,
    assessment,
    submittedAt: '2026-11-26T09:30:00.000Z',
  })
  const flagged = flaggedCauseIds(assessment)
  const firstCause = flagged[0]
  if (!firstCause) throw new Error('These answers flag no cause: the tests need one to decide')
  return { intake, assessment, flagged, firstCause }
}

/**
 * Opens that intake on the review screen through the router, as the app shows it (so leaving it
 * runs its guards), with `saveDraft` answering the review's autosaves and `signOff` its sign-off.
 */
export async function openNewReview(saveDraft: Mock, signOff: Mock = vi.fn()) {
  const { intake } = submittedIntake()
  const mounted = await mountWithApp(ScreenView, {
    api: {
      reviews: {
        get: vi.fn(async () =>
          ok({
            intake,
            patient: testPatient,
            review: null,
            currentAssessment: null,
            canDecide: true,
          }),
        ),
        saveDraft,
        signOff,
      },
      intakes: { historyForPatient: vi.fn(async () => ok({ intakes: [] })) },
      summaries: {},
    },
    path: `/review/${intake.id}`,
  })
  await settle()
  return { ...mounted, intake }
}
