import type { Database } from 'better-sqlite3-multiple-ciphers'
import { AcknowledgedAlertSchema, OpenAlertSchema } from '../../shared/alerts/alert'
import type { AcknowledgedAlert, OpenAlert } from '../../shared/alerts/alert'
import { RED_FLAG_IDS } from '../../shared/clinical/ids'
import type { RedFlagId } from '../../shared/clinical/ids'
import { ConflictError, NotFoundError } from '../door/errors'

interface OpenAlertRow {
  id: number
  intake_id: number
  raised_at: string
  patient_id: number
  given_name: string
  family_name: string
  date_of_birth: string
  record_number: string | null
}

interface AlertRow {
  id: number
  intake_id: number
  patient_id: number
  acknowledged_by: number | null
  acknowledged_at: string | null
}

/** Oldest first, so the one waiting longest is first in the banner. */
const OPEN_ALERTS_LIMIT = 200

export function createAlertRepository(db: Database) {
  const insert = db.prepare<[number, number, string], { id: number }>(
    'INSERT INTO alerts (intake_id, patient_id, raised_at) VALUES (?, ?, ?) RETURNING id',
  )
  const openRows = db.prepare<[number], OpenAlertRow>(`
    SELECT a.id, a.intake_id, a.raised_at, p.id AS patient_id, p.given_name, p.family_name,
      p.date_of_birth, p.record_number
    FROM alerts a JOIN patients p ON p.id = a.patient_id
    WHERE a.acknowledged_at IS NULL
    ORDER BY a.raised_at, a.id
    LIMIT ?`)
  const openFlags = db.prepare<[], { intake_id: number; flag_id: string }>(`
    SELECT f.intake_id, f.flag_id
    FROM intake_red_flags f JOIN alerts a ON a.intake_id = f.intake_id
    WHERE a.acknowledged_at IS NULL AND f.urgency = 'emergency'`)
  const byId = db.prepare<[number], AlertRow>('SELECT * FROM alerts WHERE id = ?')
  const openForIntake = db
    .prepare<[number], number>(
      'SELECT id FROM alerts WHERE intake_id = ? AND acknowledged_at IS NULL',
    )
    .pluck()
  const closeInError = db.prepare<[number | null, string, number]>(`
    UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ?, closed_because = 'entered_in_error'
    WHERE id = ? AND acknowledged_at IS NULL`)
  const acknowledge = db.prepare<[number, string, number]>(
    'UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL',
  )

  return {
    /** Runs `work` in one transaction (a savepoint inside the door's): all of it or none. */
    together<T>(work: () => T): T {
      return db.transaction(work)()
    },

    /** Called inside the submit's transaction, so the alert exists exactly when the intake does. */
    raise(intakeId: number, patientId: number, raisedAt: string): number {
      return (insert.get(intakeId, patientId, raisedAt) as { id: number }).id
    },

    listOpen(): OpenAlert[] {
      const flags = new Map<number, RedFlagId[]>()
      for (const row of openFlags.all()) {
        const list = flags.get(row.intake_id) ?? []
        list.push(row.flag_id as RedFlagId)
        flags.set(row.intake_id, list)
      }
      const specOrder = (a: RedFlagId, b: RedFlagId) =>
        RED_FLAG_IDS.indexOf(a) - RED_FLAG_IDS.indexOf(b)
      return openRows.all(OPEN_ALERTS_LIMIT).map((row) =>
        OpenAlertSchema.parse({
          id: row.id,
          intakeId: row.intake_id,
          raisedAt: row.raised_at,
          patient: {
            id: row.patient_id,
            givenName: row.given_name,
            familyName: row.family_name,
            dateOfBirth: row.date_of_birth,
            recordNumber: row.record_number,
          },
          redFlags: (flags.get(row.intake_id) ?? []).sort(specOrder),
        }),
      )
    },

    /** The open alert for an intake, if it has one (what the change events name). */
    openAlertFor(intakeId: number): number | null {
      return openForIntake.get(intakeId) ?? null
    },

    /**
     * Closes the intake's open alert, if any, because the intake was entered in error: it is no
     * longer an emergency to act on. Recorded as closed by whoever marked the intake, at that
     * moment, with why (`closed_because`). Returns the alert closed, or null.
     */
    closeForEnteredInError(intakeId: number, userId: number | null, at: string): number | null {
      const id = openForIntake.get(intakeId)
      if (id === undefined) return null
      closeInError.run(userId, at, id)
      return id
    },

    /**
     * Marks the alert as seen and taken on by `userId`. Only once: a second clinician who
     * pressed at the same moment is told it was done, so the trail names one person.
     */
    acknowledge(id: number, userId: number, at: string): AcknowledgedAlert {
      const row = byId.get(id)
      if (!row)
        throw new NotFoundError(
          'This alert no longer exists. Reload the page to see the current alerts.',
          { code: 'alert_missing' },
        )
      if (acknowledge.run(userId, at, id).changes === 0) {
        throw new ConflictError(
          'Another clinician has already acknowledged this alert. Nothing more is needed here.',
          { code: 'alert_already_acknowledged' },
        )
      }
      return AcknowledgedAlertSchema.parse({
        id: row.id,
        intakeId: row.intake_id,
        patientId: row.patient_id,
        acknowledgedAt: at,
        acknowledgedBy: userId,
      })
    },
  }
}

export type AlertRepository = ReturnType<typeof createAlertRepository>
