import type { PatientFields } from '../../../src/shared/patients/patient'

/** Obviously fake people for tests. */
export function fakePatient(overrides: Partial<PatientFields> = {}): PatientFields {
  return {
    givenName: 'Testy',
    familyName: 'Example',
    dateOfBirth: '1975-06-15',
    sex: 'female',
    recordNumber: null,
    phone: null,
    ...overrides,
  }
}
