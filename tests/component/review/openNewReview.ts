import type { Mock } from 'vitest'
import { vi } from 'vitest'
import IntakeReviewView from '../../../src/renderer/src/features/review/IntakeReviewView.vue'
import { assess } from '../../../src/shared/clinical/assess'
import type { Answers } from '../../../src/shared/intake/answers'
import { draftIntake, ok, settle, testPatient } from '../intake/support'
import { mountWithApp } from '../support/mountWithApp'

/** A submitted intake that no clinician has reviewed yet, and its assessment. */
export function submittedIntake() {
  const answers: Answers = { painSites: ['low_back_central'], onset: 'sudden', durationWeeks: 1 }
  const assessment = assess({ ageYears: 41, sex: 'male' }, answers)
  const intake = draftIntake({
    status: 'submitted',
    answers,
    assessment,
    submittedAt: '2026-11-26T09:30:00.000Z',
  })
  return { intake, assessment }
}

/**
 * Opens that intake on the review screen, with `saveDraft` answering the review's autosaves, so
 * a test can type a note and see what the screen says about the save.
 */
export async function openNewReview(saveDraft: Mock) {
  const { intake } = submittedIntake()
  const mounted = await mountWithApp(IntakeReviewView, {
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
      },
      intakes: { historyForPatient: vi.fn(async () => ok({ intakes: [] })) },
      summaries: {},
    },
    props: { intakeId: intake.id },
    path: `/intakes/${intake.id}/review`,
  })
  await settle()
  return { ...mounted, intake }
}
