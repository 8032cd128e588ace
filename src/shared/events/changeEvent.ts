// What the clinic server tells signed-in workstations after a change commits: which record and
// what kind of change, never answers or names. Workstations re-fetch what they show (the
// worklist, the open alerts) through the one door, where roles and the audit apply as usual.
import { z } from 'zod'
import { HIGHEST_URGENCIES } from '../clinical/ids'
import { IntakeIdSchema } from '../intake/intakeRecord'

/** Changes to an intake that move it on or off the worklist or change its row. */
export const INTAKE_CHANGE_KINDS = [
  'intake.submitted',
  'intake.signed',
  'intake.amended',
  'intake.entered_in_error',
] as const
export type IntakeChangeKind = (typeof INTAKE_CHANGE_KINDS)[number]

export const ALERT_CHANGE_KINDS = ['alert.raised', 'alert.acknowledged'] as const
export type AlertChangeKind = (typeof ALERT_CHANGE_KINDS)[number]

export const AlertIdSchema = z.int().positive()

const IntakeChangeSchema = z.object({
  kind: z.enum(INTAKE_CHANGE_KINDS),
  intakeId: IntakeIdSchema,
  /** The intake's highest red-flag urgency, so a workstation can tell an emergency at once. */
  highestUrgency: z.enum(HIGHEST_URGENCIES),
})

const AlertChangeSchema = z.object({
  kind: z.enum(ALERT_CHANGE_KINDS),
  alertId: AlertIdSchema,
  intakeId: IntakeIdSchema,
})

/** A change as the core publishes it, before the hub numbers it. */
export const ChangeSchema = z.discriminatedUnion('kind', [IntakeChangeSchema, AlertChangeSchema])
export type Change = z.infer<typeof ChangeSchema>

/** Numbered by the hub: `id` grows by one per event for as long as the server runs. */
const EventStampSchema = z.object({
  id: z.int().positive(),
  /** When the hub published it (ISO 8601): lets a workstation or the benchmark see the delay. */
  at: z.string(),
})

export const ChangeEventSchema = z.discriminatedUnion('kind', [
  IntakeChangeSchema.extend(EventStampSchema.shape),
  AlertChangeSchema.extend(EventStampSchema.shape),
])
export type ChangeEvent = z.infer<typeof ChangeEventSchema>

/** Server-sent event names on the `/events` stream. */
export const STREAM_EVENTS = {
  /** One ChangeEvent as JSON. */
  change: 'change',
  /** Sent first on every connection; its id is where a later reconnection resumes from. */
  ready: 'ready',
  /** The server cannot replay what this workstation missed: re-fetch everything shown. */
  reload: 'reload',
} as const
