import { ageInYears } from '../../shared/patients/calendarDate'
import type { Patient } from '../../shared/patients/patient'
import type { PatientContext } from '../../shared/intake/patientContext'

/** The engine's patient context: age in whole years on the visit day, and recorded sex. */
export function patientContextAtVisit(patient: Patient, visitDate: string): PatientContext {
  return { ageYears: Math.max(0, ageInYears(patient.dateOfBirth, visitDate)), sex: patient.sex }
}
