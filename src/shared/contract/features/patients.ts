import { z } from 'zod'
import { defineChannel } from '../channel'
import { PATIENT_RECORD_ROLES } from '../roles'
import {
  PatientIdSchema,
  PatientInputSchema,
  PatientSchema,
  PatientSearchResultSchema,
  PatientSearchSchema,
  PatientUpdateSchema,
} from '../../patients/patient'

export const patientChannels = {
  'patients.create': defineChannel({
    input: PatientInputSchema,
    output: PatientSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'create',
  }),
  'patients.update': defineChannel({
    input: PatientUpdateSchema,
    output: PatientSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'update',
  }),
  'patients.get': defineChannel({
    input: z.object({ id: PatientIdSchema }),
    output: PatientSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'view',
  }),
  // Asked before creating a patient, so the front desk can pick the existing record instead of
  // making a second one for the same person (same names and date of birth).
  'patients.findDuplicates': defineChannel({
    input: PatientInputSchema.pick({ givenName: true, familyName: true, dateOfBirth: true }),
    output: PatientSearchResultSchema,
    roles: PATIENT_RECORD_ROLES,
    // A list of patients is a view of their records: recorded with how many were shown (never
    // what was searched for).
    audit: 'view',
  }),
  'patients.search': defineChannel({
    input: PatientSearchSchema,
    output: PatientSearchResultSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'view',
  }),
} as const
