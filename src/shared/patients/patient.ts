import { z } from 'zod'
import { SEX } from '../intake/answerOptions'
import { CalendarDateSchema, localToday } from './calendarDate'

const EARLIEST_BIRTH_DATE = '1900-01-01'

/** An optional text field: the form sends '' for an empty box, which is stored as null. */
function optionalText(schema: z.ZodString) {
  return z
    .union([z.literal(''), schema])
    .nullish()
    .transform((value) => (value ? value : null))
}

const nameSchema = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, { error: `Enter the ${what}` })
    .max(100, { error: `The ${what} must be 100 characters or fewer` })

export const DateOfBirthSchema = CalendarDateSchema.refine((d) => d <= localToday(), {
  error: 'Date of birth cannot be in the future',
}).refine((d) => d >= EARLIEST_BIRTH_DATE, { error: 'Date of birth must be 1900 or later' })

export const PatientInputSchema = z.object({
  givenName: nameSchema('given name'),
  familyName: nameSchema('family name'),
  dateOfBirth: DateOfBirthSchema,
  sex: z.enum(SEX, { error: 'Choose one of the listed options' }),
  recordNumber: optionalText(
    z
      .string()
      .trim()
      .max(32, { error: 'The record number must be 32 characters or fewer' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9./-]*$/, {
        error: 'Use letters, digits, dots, slashes and hyphens only',
      }),
  ),
  phone: optionalText(
    z
      .string()
      .trim()
      .max(32, { error: 'The phone number must be 32 characters or fewer' })
      .regex(/^[0-9+()\-. ]+$/, { error: 'Use digits, spaces and + ( ) - only' }),
  ),
})
export type PatientInput = z.input<typeof PatientInputSchema>
export type PatientFields = z.output<typeof PatientInputSchema>

export const PatientIdSchema = z.int().positive()

export const PatientUpdateSchema = PatientInputSchema.extend({
  id: PatientIdSchema,
  /** The version the editor started from; a newer stored version means someone else saved. */
  version: z.int().positive(),
})

export const PatientSchema = z.object({
  id: PatientIdSchema,
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string(),
  sex: z.enum(SEX),
  recordNumber: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int().positive(),
})
export type Patient = z.infer<typeof PatientSchema>

export const PatientSearchSchema = z.object({
  query: z
    .string()
    .trim()
    .max(200, { error: 'Search text must be 200 characters or fewer' })
    .default(''),
  limit: z.int().min(1).max(100).default(25),
})

export const PatientSearchResultSchema = z.object({
  patients: z.array(PatientSchema),
})
