import { ageInYears } from '../patients/calendarDate'
import type { Patient } from '../patients/patient'
import type { PatientContext } from './patientContext'

/**
 * The engine's patient context: age in whole years on the visit day (within the range the
 * context schema accepts) and recorded sex. The form's live banner, the stored assessment and
 * the review's re-assessment all take it from here, so they can never disagree about the age.
 */
export function patientContextAtVisit(
  patient: Pick<Patient, 'dateOfBirth' | 'sex'>,
  visitDate: string,
): Required<PatientContext> {
  const age = ageInYears(patient.dateOfBirth, visitDate)
  return { ageYears: Math.min(130, Math.max(0, age)), sex: patient.sex }
}
