// The people a Bundle names: the patient, and the staff who submitted and signed.
import type { Patient } from '../../shared/patients/patient'
import type { BundleEntry } from './fhirTypes'
import { SYSTEMS } from './fhirSystems'

/** FHIR's administrative gender uses the same four words the app stores. */
export function patientEntry(fullUrl: string, patient: Patient): BundleEntry {
  return {
    fullUrl,
    resource: {
      resourceType: 'Patient',
      ...(patient.recordNumber
        ? {
            identifier: [
              { use: 'usual', system: SYSTEMS.recordNumber, value: patient.recordNumber },
            ],
          }
        : {}),
      name: [
        {
          use: 'official',
          text: `${patient.givenName} ${patient.familyName}`,
          family: patient.familyName,
          given: [patient.givenName],
        },
      ],
      gender: patient.sex,
      birthDate: patient.dateOfBirth,
      ...(patient.phone ? { telecom: [{ system: 'phone', value: patient.phone }] } : {}),
    },
  }
}

/** A member of staff: their account number and the name they go by in the app. */
export function practitionerEntry(fullUrl: string, userId: number, name: string): BundleEntry {
  return {
    fullUrl,
    resource: {
      resourceType: 'Practitioner',
      identifier: [{ system: SYSTEMS.staffAccount, value: String(userId) }],
      name: [{ text: name }],
    },
  }
}
