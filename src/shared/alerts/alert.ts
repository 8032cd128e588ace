// Emergency alerts: raised when a submitted intake's assessment has an emergency red flag, shown
// to every signed-in clinician until one of them acknowledges it.
import { z } from 'zod'
import { RED_FLAG_IDS } from '../clinical/ids'
import { IntakeIdSchema } from '../intake/intakeRecord'
import { PatientIdSchema, PatientSchema } from '../patients/patient'
import { AlertIdSchema } from '../events/changeEvent'

export { AlertIdSchema }

/** An alert nobody has acknowledged yet, with what a clinician needs to act on it. */
export const OpenAlertSchema = z.object({
  id: AlertIdSchema,
  intakeId: IntakeIdSchema,
  patient: PatientSchema.pick({
    id: true,
    givenName: true,
    familyName: true,
    dateOfBirth: true,
    recordNumber: true,
  }),
  raisedAt: z.string(),
  /** The emergency flags the assessment raised, most pressing first. */
  redFlags: z.array(z.enum(RED_FLAG_IDS)),
})
export type OpenAlert = z.infer<typeof OpenAlertSchema>

export const OpenAlertListSchema = z.object({
  /** Oldest first: the one waiting longest is the one to act on first. */
  alerts: z.array(OpenAlertSchema),
})
export type OpenAlertList = z.infer<typeof OpenAlertListSchema>

export const AcknowledgeAlertSchema = z.object({ id: AlertIdSchema })

/** Who acknowledged the alert and when, as recorded (the audit trail holds the same). */
export const AcknowledgedAlertSchema = z.object({
  id: AlertIdSchema,
  intakeId: IntakeIdSchema,
  patientId: PatientIdSchema,
  acknowledgedAt: z.string(),
  acknowledgedBy: z.int().positive(),
})
export type AcknowledgedAlert = z.infer<typeof AcknowledgedAlertSchema>
