import type { Patient } from '../../../shared/patients/patient'

/** "Family, Given", as the patient list shows it. */
export function patientDisplayName(patient: Pick<Patient, 'givenName' | 'familyName'>): string {
  return `${patient.familyName}, ${patient.givenName}`
}
