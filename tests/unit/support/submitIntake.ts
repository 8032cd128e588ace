import type { ClinicApi } from '../../../src/shared/contract/client'
import type { Answers } from '../../../src/shared/intake/answers'
import type { PatientFields } from '../../../src/shared/patients/patient'
import { withScreeningRecorded } from '../../support/screening'
import { fakePatient } from './patientFixtures'
import { expectOk } from './testCore'

/** Starts an intake for `patientId` on `visitDate` and submits `answers`; returns its id. */
export async function startAndSubmitIntake(
  api: ClinicApi,
  patientId: number,
  visitDate: string,
  answers: Answers,
): Promise<number> {
  const { intake } = expectOk(await api.intakes.start({ patientId, visitDate }))
  expectOk(
    await api.intakes.submit({
      id: intake.id,
      version: intake.version,
      answers: withScreeningRecorded(answers),
    }),
  )
  return intake.id
}

/** A new (fake) patient with one intake on `visitDate` submitted with `answers`, through the one door. */
export async function submitIntakeForNewPatient(
  api: ClinicApi,
  answers: Answers,
  { patient = {}, visitDate }: { patient?: Partial<PatientFields>; visitDate: string },
): Promise<{ intakeId: number; patientId: number }> {
  const created = expectOk(await api.patients.create(fakePatient(patient)))
  const intakeId = await startAndSubmitIntake(api, created.id, visitDate, answers)
  return { intakeId, patientId: created.id }
}
