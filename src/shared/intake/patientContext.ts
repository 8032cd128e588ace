// What the engine needs from the patient record and the visit date, kept apart from the intake
// answers because staff do not answer it on the form: it comes from the record.
import { z } from 'zod'
import { SEX } from './answerOptions'

const ageError = 'Age must be a whole number of years from 0 to 130'

export const PatientContextSchema = z.strictObject(
  {
    /** Whole years at the visit date. */
    ageYears: z
      .int({ error: ageError })
      .min(0, { error: ageError })
      .max(130, { error: ageError })
      .optional(),
    sex: z.enum(SEX, { error: `Sex must be one of: ${SEX.join(', ')}` }).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown patient field: ${issue.keys.join(', ')}`
        : issue.code === 'invalid_type'
          ? 'Patient must be an object'
          : undefined,
  },
)

export type PatientContext = z.infer<typeof PatientContextSchema>
