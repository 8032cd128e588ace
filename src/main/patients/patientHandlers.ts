import type { Handlers } from '../door/dispatcher'
import type { PatientRepository } from './patientRepository'

type PatientChannels =
  | 'patients.create'
  | 'patients.update'
  | 'patients.get'
  | 'patients.findDuplicates'
  | 'patients.search'

export function createPatientHandlers(
  patients: PatientRepository,
  now: () => Date,
): Pick<Handlers, PatientChannels> {
  return {
    'patients.create': (input) => patients.create(input, now().toISOString()),
    'patients.update': ({ id, version, ...fields }) =>
      patients.update(id, version, fields, now().toISOString()),
    'patients.get': ({ id }) => patients.get(id),
    'patients.findDuplicates': ({ givenName, familyName, dateOfBirth }) => ({
      patients: patients.findDuplicates(givenName, familyName, dateOfBirth),
    }),
    'patients.search': ({ query, limit }) => ({ patients: patients.search(query, limit) }),
  }
}
