import { publicVignette, vignetteAgeAndSex } from '../../support/publicVignettes'
import type { ClinicApi } from '../../../src/shared/contract/client'
import type { Answers } from '../../../src/shared/intake/answers'
import type { PatientFields } from '../../../src/shared/patients/patient'
import { fakePatient } from '../support/patientFixtures'
import { startAndSubmitIntake } from '../support/submitIntake'
import { expectOk, useTestCore } from '../support/testCore'
import type { TestCore } from '../support/testCore'

/** Answers that raise no red flag and flag no likely cause of note. */
export const CALM_ANSWERS: Answers = { painNow: 3, painWorstWeek: 4, durationWeeks: 1 }
/** Answers whose only flag is 'soon' (pain of 7 or more). */
export const SOON_ANSWERS: Answers = { painNow: 8, durationWeeks: 1 }

/** A settable clock: each intake is submitted at the time the test sets. */
export interface TestClock {
  now: Date
  set(iso: string): void
}

export interface ReviewTestCore extends TestCore {
  readonly clock: TestClock
  /** Creates a patient and submits one intake for them at `submittedAt`. */
  submit(options: SubmitOptions): Promise<{ intakeId: number; patientId: number }>
}

export interface SubmitOptions {
  readonly answers: Answers
  readonly submittedAt: string
  readonly visitDate?: string
  readonly patient?: Partial<PatientFields>
  /** Another intake for a patient created earlier, instead of a new patient. */
  readonly patientId?: number
}

/** A core as a signed-in clinician, with a clock the tests move, and a way to submit intakes. */
export function useReviewTestCore(): () => ReviewTestCore {
  const clock: TestClock = {
    now: new Date('2026-03-02T09:00:00Z'),
    set(iso) {
      this.now = new Date(iso)
    },
  }
  const open = useTestCore({ role: 'clinician', now: () => clock.now })
  return () => {
    const opened = open()
    return { ...opened, clock, submit: (options) => submitIntake(opened.api, clock, options) }
  }
}

async function submitIntake(
  api: ClinicApi,
  clock: TestClock,
  options: SubmitOptions,
): Promise<{ intakeId: number; patientId: number }> {
  clock.set(options.submittedAt)
  const patientId =
    options.patientId ?? expectOk(await api.patients.create(fakePatient(options.patient))).id
  const visitDate = options.visitDate ?? '2026-03-02'
  const intakeId = await startAndSubmitIntake(api, patientId, visitDate, options.answers)
  return { intakeId, patientId }
}

/** Date of birth giving `ageYears` on the visit date (birthday on 1 January). */
export function bornForAge(ageYears: number, visitDate = '2026-03-02'): string {
  return `${Number(visitDate.slice(0, 4)) - ageYears}-01-01`
}

/** A vignette's patient, aged as the vignette says at the default visit date. */
export function vignettePatient(id: string, names: Partial<PatientFields> = {}) {
  const { ageYears, sex } = vignetteAgeAndSex(publicVignette(id))
  return { dateOfBirth: bornForAge(ageYears), sex, ...names }
}
