import { z } from 'zod'
import { defineChannel } from '../channel'
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
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'create',
  }),
  'patients.update': defineChannel({
    input: PatientUpdateSchema,
    output: PatientSchema,
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'update',
  }),
  'patients.get': defineChannel({
    input: z.object({ id: PatientIdSchema }),
    output: PatientSchema,
    roles: ['front_desk', 'clinician', 'admin'],
  }),
  'patients.search': defineChannel({
    input: PatientSearchSchema,
    output: PatientSearchResultSchema,
    roles: ['front_desk', 'clinician', 'admin'],
  }),
} as const
