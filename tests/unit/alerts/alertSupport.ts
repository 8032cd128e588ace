import type { ClinicApi } from '../../../src/shared/contract/client'
import type { Answers } from '../../../src/shared/intake/answers'
import { submitIntakeForNewPatient } from '../support/submitIntake'
import { expectOk } from '../support/testCore'

/** New numbness between the legs: possible cauda equina syndrome, an emergency flag. */
export const EMERGENCY_ANSWERS: Answers = { painNow: 6, saddleNumbness: true }
/** Pain of 8: a 'soon' flag only, no emergency. */
export const NOT_EMERGENCY_ANSWERS: Answers = { painNow: 8, durationWeeks: 1 }

/** A new patient with one intake submitted with `answers`, through the one door. */
export async function submitIntake(
  api: ClinicApi,
  answers: Answers,
): Promise<{ intakeId: number; patientId: number }> {
  return submitIntakeForNewPatient(api, answers, {
    patient: { givenName: 'Alerty', familyName: 'Testcase' },
    visitDate: '2026-03-02',
  })
}

/** Signs the review of `intakeId` with every flagged cause left open. */
export async function signWithAllOpen(api: ClinicApi, intakeId: number): Promise<void> {
  const screen = expectOk(await api.reviews.get({ intakeId }))
  const decisions = (screen.intake.assessment?.causes ?? [])
    .filter((cause) => cause.tier !== 'unlikely')
    .map((cause) => ({ causeId: cause.id, decision: 'open' as const, note: '' }))
  expectOk(await api.reviews.signOff({ intakeId, version: null, decisions, clinicalNote: 'Seen.' }))
}
