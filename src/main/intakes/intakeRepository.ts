import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Assessment } from '../../shared/clinical/assessment'
import { HIGHEST_URGENCIES } from '../../shared/clinical/ids'
import type { Answers } from '../../shared/intake/answers'
import { IntakeHistoryItemSchema, IntakeSchema } from '../../shared/intake/intakeRecord'
import type {
  DraftListItem,
  DraftValues,
  EnteredInError,
  Intake,
  IntakeHistoryItem,
} from '../../shared/intake/intakeRecord'
import { ConflictError, NotFoundError } from '../door/errors'

interface IntakeRow {
  id: number
  patient_id: number
  status: string
  visit_date: string
  step: string
  draft_json: string
  answers_json: string | null
  assessment_json: string | null
  created_at: string
  updated_at: string
  submitted_at: string | null
  submitted_by: number | null
  submitted_by_name?: string | null
  entered_in_error_at?: string | null
  entered_in_error_reason?: string | null
  entered_in_error_by_name?: string | null
  version: number
}

/** Who marked the intake entered in error, when and why, from its row; null when not marked. */
function enteredInErrorOf(row: Partial<IntakeRow>): EnteredInError | null {
  if (!row.entered_in_error_at || !row.entered_in_error_reason) return null
  return {
    at: row.entered_in_error_at,
    byName: row.entered_in_error_by_name ?? null,
    reason: row.entered_in_error_reason,
  }
}

/** Why an intake that is no longer a draft cannot be changed as one. */
function notADraft(status: string, action: string): string {
  if (status === 'discarded') return `This draft was discarded and can no longer be ${action}.`
  if (status === 'entered_in_error') {
    return `This intake was marked entered in error and can no longer be ${action}.`
  }
  return `This intake has been submitted and can no longer be ${action}.`
}

function toIntake(row: IntakeRow): Intake {
  return IntakeSchema.parse({
    id: row.id,
    patientId: row.patient_id,
    status: row.status,
    visitDate: row.visit_date,
    step: row.step,
    // IntakeSchema checks each of these once (its fields are the draft, answer and assessment
    // schemas): parsing them here as well would check every intake twice.
    values: JSON.parse(row.draft_json) as unknown,
    answers: row.answers_json === null ? null : (JSON.parse(row.answers_json) as unknown),
    assessment: row.assessment_json === null ? null : (JSON.parse(row.assessment_json) as unknown),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    submittedByName: row.submitted_by_name ?? null,
    enteredInError: enteredInErrorOf(row),
    version: row.version,
  })
}

export interface SubmitRecord {
  readonly answers: Answers
  readonly assessment: Assessment
  readonly submittedAt: string
  readonly submittedBy: number | null
}

export function createIntakeRepository(db: Database) {
  const byId = db.prepare<[number], IntakeRow>(`
    SELECT i.*, u.display_name AS submitted_by_name, e.display_name AS entered_in_error_by_name
    FROM intakes i LEFT JOIN users u ON u.id = i.submitted_by
      LEFT JOIN users e ON e.id = i.entered_in_error_by
    WHERE i.id = ?`)
  const visitOfId = db.prepare<[number], { patient_id: number; visit_date: string }>(
    'SELECT patient_id, visit_date FROM intakes WHERE id = ?',
  )
  const insert = db.prepare<
    [{ patientId: number; visitDate: string; now: string; createdBy: number | null }],
    IntakeRow
  >(`
    INSERT INTO intakes (patient_id, status, visit_date, created_at, updated_at, created_by)
    VALUES (@patientId, 'draft', @visitDate, @now, @now, @createdBy)
    RETURNING *`)
  const saveDraft = db.prepare<[{ id: number; step: string; values: string; now: string }]>(`
    UPDATE intakes SET step = @step, draft_json = @values, updated_at = @now,
      version = version + 1
    WHERE id = @id`)
  const submit = db.prepare(`
    UPDATE intakes SET status = 'submitted', answers_json = @answers, assessment_json = @assessment,
      engine_version = @engineVersion, highest_urgency = @highestUrgency,
      urgency_rank = @urgencyRank, pain_now = @painNow, pain_worst_week = @painWorstWeek,
      pain_average_week = @painAverageWeek, submitted_at = @submittedAt,
      submitted_by = @submittedBy, updated_at = @submittedAt, version = version + 1
    WHERE id = @id`)
  const insertCause = db.prepare(
    'INSERT INTO intake_causes (intake_id, cause_id, tier) VALUES (?, ?, ?)',
  )
  const insertFlag = db.prepare(
    'INSERT INTO intake_red_flags (intake_id, flag_id, urgency) VALUES (?, ?, ?)',
  )
  // Kept, not deleted: what was typed and who threw it away stay on record (and in the trail).
  const discard = db.prepare<[{ id: number; at: string; by: number | null }]>(`
    UPDATE intakes SET status = 'discarded', discarded_at = @at, discarded_by = @by,
      updated_at = @at, version = version + 1
    WHERE id = @id AND status = 'draft'`)
  const markInError = db.prepare<[{ id: number; at: string; by: number | null; reason: string }]>(`
    UPDATE intakes SET status = 'entered_in_error', entered_in_error_at = @at,
      entered_in_error_by = @by, entered_in_error_reason = @reason, updated_at = @at,
      version = version + 1
    WHERE id = @id AND status IN ('submitted', 'reviewed')`)
  const drafts = db.prepare<
    [number],
    IntakeRow & { given_name: string; family_name: string; date_of_birth: string }
  >(`
    SELECT i.*, p.given_name, p.family_name, p.date_of_birth
    FROM intakes i JOIN patients p ON p.id = i.patient_id
    WHERE i.status = 'draft'
    ORDER BY i.updated_at DESC
    LIMIT ?`)
  const history = db.prepare<
    [number],
    IntakeRow & {
      highest_urgency: string | null
      pain_now: number | null
      pain_worst_week: number | null
      pain_average_week: number | null
    }
  >(`
    SELECT i.id, i.status, i.visit_date, i.submitted_at, i.highest_urgency, i.pain_now,
      i.pain_worst_week, i.pain_average_week, i.entered_in_error_at, i.entered_in_error_reason,
      e.display_name AS entered_in_error_by_name
    FROM intakes i LEFT JOIN users e ON e.id = i.entered_in_error_by
    WHERE i.patient_id = ? AND i.status IN ('submitted', 'reviewed', 'entered_in_error')
    ORDER BY i.visit_date, i.id`)

  /** The current row, checked against the version the caller last saw and its status. */
  function current(id: number, version: number, action: string): IntakeRow {
    const row = byId.get(id)
    if (!row) throw new NotFoundError('This intake no longer exists.', { code: 'intake_missing' })
    if (row.status !== 'draft') {
      throw new ConflictError(notADraft(row.status, action), {
        code: 'intake_not_draft',
        params: { status: row.status === 'reviewed' ? 'submitted' : row.status },
      })
    }
    if (row.version !== version) {
      throw new ConflictError(
        'This intake was changed in another window. Reload it to continue from the newest copy.',
        { code: 'intake_changed' },
      )
    }
    return row
  }

  return {
    start(patientId: number, visitDate: string, now: string, createdBy: number | null): Intake {
      return toIntake(insert.get({ patientId, visitDate, now, createdBy }) as IntakeRow)
    },

    /** Whose intake it is and for which visit day, without reading its answers. */
    visitOf(id: number): { patientId: number; visitDate: string } {
      const row = visitOfId.get(id)
      if (!row) throw new NotFoundError('This intake does not exist.', { code: 'intake_missing' })
      return { patientId: row.patient_id, visitDate: row.visit_date }
    },

    get(id: number): Intake {
      const row = byId.get(id)
      if (!row) throw new NotFoundError('This intake does not exist.', { code: 'intake_missing' })
      return toIntake(row)
    },

    saveDraft(id: number, version: number, step: string, values: DraftValues, now: string) {
      return db.transaction(() => {
        current(id, version, 'edited')
        saveDraft.run({ id, step, values: JSON.stringify(values), now })
        return { id, version: version + 1, updatedAt: now }
      })()
    },

    discardDraft(id: number, version: number, at: string, by: number | null): void {
      db.transaction(() => {
        current(id, version, 'discarded')
        discard.run({ id, at, by })
      })()
    },

    /**
     * Marks a submitted or reviewed intake as wrong, with who, when and why. Its status leaves
     * 'submitted'/'reviewed', so every list, count and report (and the copies of the status beside
     * its flags, causes and outcomes) leaves it out; nothing of it is deleted.
     */
    markEnteredInError(id: number, reason: string, at: string, by: number | null): EnteredInError {
      return db.transaction(() => {
        const row = byId.get(id)
        if (!row) throw new NotFoundError('This intake does not exist.', { code: 'intake_missing' })
        if (row.status === 'entered_in_error') {
          throw new ConflictError(
            'This intake was already marked entered in error. Nothing more is needed.',
            { code: 'intake_already_in_error' },
          )
        }
        if (row.status !== 'submitted' && row.status !== 'reviewed') {
          throw new ConflictError(
            'Only a submitted intake can be marked entered in error. Discard a draft instead.',
            { code: 'intake_not_submitted' },
          )
        }
        markInError.run({ id, at, by, reason })
        return enteredInErrorOf(byId.get(id) as IntakeRow) as EnteredInError
      })()
    },

    submit(id: number, version: number, record: SubmitRecord): Intake {
      return db.transaction(() => {
        current(id, version, 'changed')
        const { answers, assessment } = record
        submit.run({
          id,
          answers: JSON.stringify(answers),
          assessment: JSON.stringify(assessment),
          engineVersion: assessment.engineVersion,
          highestUrgency: assessment.highestUrgency,
          // 0 = emergency … 3 = none: the worklist sorts on this indexed number.
          urgencyRank: HIGHEST_URGENCIES.indexOf(assessment.highestUrgency),
          painNow: answers.painNow ?? null,
          painWorstWeek: answers.painWorstWeek ?? null,
          painAverageWeek: answers.painAverageWeek ?? null,
          submittedAt: record.submittedAt,
          submittedBy: record.submittedBy,
        })
        for (const cause of assessment.causes) {
          if (cause.tier !== 'unlikely') insertCause.run(id, cause.id, cause.tier)
        }
        for (const flag of assessment.redFlags) insertFlag.run(id, flag.id, flag.urgency)
        // The answers were checked at the door and the assessment just made from them: read
        // back the rest of the row, and hand those two on rather than parse them again.
        const row = byId.get(id) as IntakeRow
        return {
          ...toIntake({ ...row, answers_json: null, assessment_json: null }),
          answers,
          assessment,
        }
      })()
    },

    listDrafts(limit: number): DraftListItem[] {
      return drafts.all(limit).map((row) => ({
        id: row.id,
        visitDate: row.visit_date,
        step: row.step,
        updatedAt: row.updated_at,
        version: row.version,
        patient: {
          id: row.patient_id,
          givenName: row.given_name,
          familyName: row.family_name,
          dateOfBirth: row.date_of_birth,
        },
      }))
    },

    historyForPatient(patientId: number): IntakeHistoryItem[] {
      return history.all(patientId).map((row) =>
        IntakeHistoryItemSchema.parse({
          id: row.id,
          status: row.status,
          visitDate: row.visit_date,
          submittedAt: row.submitted_at,
          highestUrgency: row.highest_urgency,
          painNow: row.pain_now,
          painWorstWeek: row.pain_worst_week,
          painAverageWeek: row.pain_average_week,
          enteredInError: enteredInErrorOf(row),
        }),
      )
    },
  }
}

export type IntakeRepository = ReturnType<typeof createIntakeRepository>
