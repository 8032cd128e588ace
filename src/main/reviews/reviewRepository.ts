import type { Database } from 'better-sqlite3-multiple-ciphers'
import { CauseDecisionsSchema, OtherDiagnosesSchema } from '../../shared/review/decisions'
import type { CauseDecision, OtherDiagnosis } from '../../shared/review/decisions'
import { AmendmentSchema, ReviewSchema } from '../../shared/review/review'
import type { Amendment, Review } from '../../shared/review/review'
import { ConflictError, NotFoundError } from '../door/errors'

interface ReviewRow {
  id: number
  intake_id: number
  patient_id: number
  status: string
  decisions_json: string
  other_diagnoses_json: string
  clinical_note: string
  engine_version: string
  created_at: string
  created_by: number | null
  updated_at: string
  updated_by: number | null
  signed_at: string | null
  signed_by: number | null
  signed_by_name: string | null
  version: number
}

interface AmendmentRow {
  id: number
  review_id: number
  reason: string
  decisions_json: string
  other_diagnoses_json: string
  clinical_note: string
  amended_at: string
  amended_by: number | null
  amended_by_name: string | null
}

/** What the clinician wrote: the decisions per cause, other diagnoses and the clinical note. */
export interface ReviewContent {
  readonly decisions: readonly CauseDecision[]
  readonly otherDiagnoses: readonly OtherDiagnosis[]
  readonly clinicalNote: string
}

/** Who acted, when, and on which assessment. */
export interface ReviewStamp {
  readonly now: string
  readonly userId: number | null
  /** The user's name as it is now, kept with a signature or an amendment. */
  readonly userName?: string | null
  /** Engine version of the stored assessment on screen. */
  readonly engineVersion: string
}

function toAmendment(row: AmendmentRow): Amendment {
  return AmendmentSchema.parse({
    id: row.id,
    reason: row.reason,
    decisions: CauseDecisionsSchema.parse(JSON.parse(row.decisions_json)),
    otherDiagnoses: OtherDiagnosesSchema.parse(JSON.parse(row.other_diagnoses_json)),
    clinicalNote: row.clinical_note,
    amendedAt: row.amended_at,
    amendedBy: row.amended_by,
    amendedByName: row.amended_by_name,
  })
}

const SIGNED_IS_FINAL =
  'This review has been signed and can no longer be changed. Add an amendment to correct it.'

export function createReviewRepository(db: Database) {
  const byIntake = db.prepare<[number], ReviewRow>(`
    SELECT r.*, i.patient_id FROM reviews r JOIN intakes i ON i.id = r.intake_id
    WHERE r.intake_id = ?`)
  const amendmentsOf = db.prepare<[number], AmendmentRow>(
    'SELECT * FROM review_amendments WHERE review_id = ? ORDER BY id',
  )
  const intakeStatus = db.prepare<[number], { status: string }>(
    'SELECT status FROM intakes WHERE id = ?',
  )
  const insert = db.prepare(`
    INSERT INTO reviews (intake_id, status, decisions_json, other_diagnoses_json, clinical_note,
      engine_version, created_at, created_by, updated_at, updated_by, signed_at, signed_by,
      signed_by_name)
    VALUES (@intakeId, @status, @decisions, @otherDiagnoses, @note, @engineVersion, @now,
      @userId, @now, @userId, @signedAt, @signedBy, @signedByName)`)
  const update = db.prepare(`
    UPDATE reviews SET status = @status, decisions_json = @decisions,
      other_diagnoses_json = @otherDiagnoses, clinical_note = @note,
      engine_version = @engineVersion, updated_at = @now, updated_by = @userId,
      signed_at = @signedAt, signed_by = @signedBy, signed_by_name = @signedByName,
      version = version + 1
    WHERE id = @id AND status = 'in_progress' AND version = @version`)
  const markIntakeReviewed = db.prepare(`
    UPDATE intakes SET status = 'reviewed', updated_at = ?, version = version + 1
    WHERE id = ? AND status = 'submitted'`)
  const insertAmendment = db.prepare(`
    INSERT INTO review_amendments (review_id, reason, decisions_json, other_diagnoses_json,
      clinical_note, amended_at, amended_by, amended_by_name)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
  const deleteOutcomes = db.prepare('DELETE FROM review_outcomes WHERE intake_id = ?')
  // A cause the stored assessment did not flag has no intake_causes row: its tier was unlikely.
  const insertOutcome = db.prepare<[number, string, number, string, string]>(`
    INSERT INTO review_outcomes (intake_id, cause_id, tier, decision)
    VALUES (?, ?, COALESCE((SELECT tier FROM intake_causes WHERE intake_id = ? AND cause_id = ?),
      'unlikely'), ?)`)

  /** Rewrites the signed review's outcomes per cause (review_outcomes, m009) from its content. */
  function recordOutcomes(intakeId: number, decisions: readonly CauseDecision[]): void {
    deleteOutcomes.run(intakeId)
    for (const { causeId, decision } of decisions) {
      if (decision !== null) insertOutcome.run(intakeId, causeId, intakeId, causeId, decision)
    }
  }
  const latestAmendment = db.prepare<[number], { id: number }>(
    'SELECT id FROM review_amendments WHERE review_id = ? ORDER BY id DESC LIMIT 1',
  )

  function toReview(row: ReviewRow): Review {
    return ReviewSchema.parse({
      id: row.id,
      intakeId: row.intake_id,
      patientId: row.patient_id,
      status: row.status,
      decisions: CauseDecisionsSchema.parse(JSON.parse(row.decisions_json)),
      otherDiagnoses: OtherDiagnosesSchema.parse(JSON.parse(row.other_diagnoses_json)),
      clinicalNote: row.clinical_note,
      engineVersion: row.engine_version,
      createdAt: row.created_at,
      createdBy: row.created_by,
      updatedAt: row.updated_at,
      signedAt: row.signed_at,
      signedBy: row.signed_by,
      signedByName: row.signed_by_name,
      version: row.version,
      amendments: amendmentsOf.all(row.id).map(toAmendment),
    })
  }

  /** The intake must be submitted (and so carry an assessment) before anyone can review it. */
  function requireReviewableIntake(intakeId: number): void {
    const intake = intakeStatus.get(intakeId)
    if (!intake) throw new NotFoundError('This intake does not exist.', { code: 'intake_missing' })
    if (intake.status === 'draft' || intake.status === 'discarded') {
      throw new ConflictError('This intake has not been submitted yet, so it cannot be reviewed.', {
        code: 'review_not_submitted',
      })
    }
    requireNotEnteredInError(intake.status)
  }

  /** An intake marked entered in error is kept as it was: no review, sign-off or amendment. */
  function requireNotEnteredInError(status: string): void {
    if (status === 'entered_in_error') {
      throw new ConflictError(
        'This intake was marked entered in error, so it can no longer be reviewed or amended.',
        { code: 'review_of_intake_in_error' },
      )
    }
  }

  /** Saves the review as in progress or signed, checked against the version the caller saw. */
  function write(
    intakeId: number,
    version: number | null,
    content: ReviewContent,
    stamp: ReviewStamp,
    sign: boolean,
  ): Review {
    requireReviewableIntake(intakeId)
    const existing = byIntake.get(intakeId)
    if (existing?.status === 'signed')
      throw new ConflictError(SIGNED_IS_FINAL, { code: 'review_signed' })
    if (version === null && existing) {
      throw new ConflictError(
        'Another clinician has started reviewing this intake. Reload to see their work.',
        { code: 'review_started_elsewhere' },
      )
    }
    if (version !== null && (!existing || existing.version !== version)) {
      throw new ConflictError(
        'This review was changed in another window. Reload it to continue from the newest copy.',
        { code: 'review_changed' },
      )
    }
    const values = {
      status: sign ? 'signed' : 'in_progress',
      decisions: JSON.stringify(content.decisions),
      otherDiagnoses: JSON.stringify(content.otherDiagnoses),
      note: content.clinicalNote,
      engineVersion: stamp.engineVersion,
      now: stamp.now,
      userId: stamp.userId,
      signedAt: sign ? stamp.now : null,
      signedBy: sign ? stamp.userId : null,
      signedByName: sign ? (stamp.userName ?? null) : null,
    }
    if (existing) {
      // The WHERE repeats the checks above, so a write that raced in is never overwritten.
      if (update.run({ ...values, id: existing.id, version }).changes !== 1) {
        throw new ConflictError(
          'This review was changed meanwhile. Reload to see the newest copy.',
          { code: 'review_changed' },
        )
      }
    } else {
      insert.run({ ...values, intakeId })
    }
    if (sign) {
      markIntakeReviewed.run(stamp.now, intakeId)
      recordOutcomes(intakeId, content.decisions)
    }
    return toReview(byIntake.get(intakeId) as ReviewRow)
  }

  return {
    /** The review of an intake, or null when no clinician has started one. */
    getByIntake(intakeId: number): Review | null {
      const row = byIntake.get(intakeId)
      return row ? toReview(row) : null
    },

    saveDraft(
      intakeId: number,
      version: number | null,
      content: ReviewContent,
      stamp: ReviewStamp,
    ): Review {
      return db.transaction(() => write(intakeId, version, content, stamp, false))()
    },

    /** Saves what is on screen and signs it, and marks the intake reviewed, in one step. */
    signOff(
      intakeId: number,
      version: number | null,
      content: ReviewContent,
      stamp: ReviewStamp,
    ): Review {
      return db.transaction(() => write(intakeId, version, content, stamp, true))()
    },

    /** Appends a corrected version with its reason; the signed original stays as it was. */
    amend(
      intakeId: number,
      basedOnAmendmentId: number | null,
      reason: string,
      content: ReviewContent,
      stamp: Omit<ReviewStamp, 'engineVersion'>,
    ): Review {
      return db.transaction(() => {
        const review = byIntake.get(intakeId)
        if (!review)
          throw new NotFoundError('This intake has no review to amend.', {
            code: 'review_missing',
          })
        requireNotEnteredInError(intakeStatus.get(intakeId)?.status ?? '')
        if (review.status !== 'signed') {
          throw new ConflictError('Only a signed review can be amended; this one is still open.', {
            code: 'review_not_signed',
          })
        }
        const latest = latestAmendment.get(review.id)?.id ?? null
        if (latest !== basedOnAmendmentId) {
          throw new ConflictError(
            'Someone else amended this review meanwhile. Reload to see their amendment first.',
            { code: 'review_amended_meanwhile' },
          )
        }
        insertAmendment.run(
          review.id,
          reason,
          JSON.stringify(content.decisions),
          JSON.stringify(content.otherDiagnoses),
          content.clinicalNote,
          stamp.now,
          stamp.userId,
          stamp.userName ?? null,
        )
        recordOutcomes(intakeId, content.decisions)
        return toReview(review)
      })()
    },
  }
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>
