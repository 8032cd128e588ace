import type { ClinicApi } from '../../../src/shared/contract/client'
import type { Answers } from '../../../src/shared/intake/answers'
import { fakePatient } from '../support/patientFixtures'
import { expectOk } from '../support/testCore'
import { withScreeningRecorded } from '../../support/screening'

/** New numbness between the legs: possible cauda equina syndrome, an emergency flag. */
export const EMERGENCY_ANSWERS: Answers = { painNow: 6, saddleNumbness: true }
/** Pain of 8: a 'soon' flag only, no emergency. */
export const NOT_EMERGENCY_ANSWERS: Answers = { painNow: 8, durationWeeks: 1 }

/** A new patient with one intake submitted with `answers`, through the one door. */
export async function submitIntake(
  api: ClinicApi,
  answers: Answers,
): Promise<{ intakeId: number; patientId: number }> {
  const patient = expectOk(
    await api.patients.create(fakePatient({ givenName: 'Alerty', familyName: 'Testcase' })),
  )
  const { intake } = expectOk(
    await api.intakes.start({ patientId: patient.id, visitDate: '2026-03-02' }),
  )
  expectOk(
    await api.intakes.submit({
      id: intake.id,
      version: intake.version,
      answers: withScreeningRecorded(answers),
    }),
  )
  return { intakeId: intake.id, patientId: patient.id }
}

/** Signs the review of `intakeId` with every flagged cause left open. */
export async function signWithAllOpen(api: ClinicApi, intakeId: number): Promise<void> {
  const screen = expectOk(await api.reviews.get({ intakeId }))
  const decisions = (screen.intake.assessment?.causes ?? [])
    .filter((cause) => cause.tier !== 'unlikely')
    .map((cause) => ({ causeId: cause.id, decision: 'open' as const, note: '' }))
  expectOk(await api.reviews.signOff({ intakeId, version: null, decisions, clinicalNote: 'Seen.' }))
}
