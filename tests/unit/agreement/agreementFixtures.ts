// Intakes signed through the one door with decisions the tests choose, for the agreement report.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { AssessmentSchema } from '../../../src/shared/clinical/assessment'
import type { Assessment } from '../../../src/shared/clinical/assessment'
import type { CauseId } from '../../../src/shared/clinical/ids'
import { HIGHEST_URGENCIES } from '../../../src/shared/clinical/ids'
import { AnswersSchema } from '../../../src/shared/intake/answers'
import { PatientContextSchema } from '../../../src/shared/intake/patientContext'
import type { Decision } from '../../../src/shared/review/decisions'
import { publicVignette } from '../../support/publicVignettes'
import { bornForAge, vignettePatient } from '../reviews/reviewFixtures'
import type { ReviewTestCore } from '../reviews/reviewFixtures'
import { expectOk } from '../support/testCore'

/** What the clinician decides, per cause; causes the rules did not flag may only be confirmed. */
export type Decisions = Partial<Record<CauseId, Decision>>

/** Submits `vignetteId` at `submittedAt` and returns the intake and its stored assessment. */
export async function submitVignette(
  core: ReviewTestCore,
  vignetteId: string,
  submittedAt: string,
): Promise<{ intakeId: number; assessment: Assessment }> {
  const { intakeId } = await core.submit({
    answers: publicVignette(vignetteId).answers,
    submittedAt,
    patient: vignettePatient(vignetteId),
  })
  const assessment = expectOk(await core.api.reviews.get({ intakeId })).intake.assessment
  if (assessment === null) throw new Error('a submitted intake without an assessment')
  return { intakeId, assessment }
}

/** Signs the intake's review at `signedAt` with `decisions` (every flagged cause needs one). */
export async function signAt(
  core: ReviewTestCore,
  intakeId: number,
  signedAt: string,
  decisions: Decisions,
): Promise<void> {
  core.clock.set(signedAt)
  expectOk(
    await core.api.reviews.signOff({
      intakeId,
      version: null,
      decisions: Object.entries(decisions).map(([causeId, decision]) => ({
        causeId: causeId as CauseId,
        decision: decision ?? null,
        note: '',
      })),
      clinicalNote: '',
    }),
  )
}

const FixtureSchema = z.object({
  about: z.string(),
  patient: PatientContextSchema,
  answers: AnswersSchema,
  assessment: AssessmentSchema,
})

/** P15 as engine 1.0.0 really assessed it (tests/unit/reviews/fixtures): no bilateral sciatica. */
export const P15_AS_1_0_0 = FixtureSchema.parse(
  JSON.parse(
    readFileSync(new URL('../reviews/fixtures/p15-engine-1.0.0.json', import.meta.url), 'utf8'),
  ),
)

/**
 * An intake submitted under engine 1.0.0: submitted now, then its stored assessment, list
 * columns, causes and flags replaced by what the 1.0.0 submit wrote.
 */
export async function submitUnder100(
  core: ReviewTestCore,
  submittedAt: string,
): Promise<{ intakeId: number; assessment: Assessment }> {
  const { ageYears, sex } = P15_AS_1_0_0.patient
  const { intakeId } = await core.submit({
    answers: P15_AS_1_0_0.answers,
    submittedAt,
    patient: { dateOfBirth: bornForAge(ageYears ?? 44), ...(sex ? { sex } : {}) },
  })
  const assessment = P15_AS_1_0_0.assessment
  const db = core.core.db
  db.prepare(
    `UPDATE intakes SET assessment_json = ?, engine_version = ?, highest_urgency = ?,
       urgency_rank = ? WHERE id = ?`,
  ).run(
    JSON.stringify(assessment),
    assessment.engineVersion,
    assessment.highestUrgency,
    HIGHEST_URGENCIES.indexOf(assessment.highestUrgency),
    intakeId,
  )
  db.prepare('DELETE FROM intake_causes WHERE intake_id = ?').run(intakeId)
  db.prepare('DELETE FROM intake_red_flags WHERE intake_id = ?').run(intakeId)
  const cause = db.prepare('INSERT INTO intake_causes (intake_id, cause_id, tier) VALUES (?, ?, ?)')
  for (const { id, tier } of assessment.causes) {
    if (tier !== 'unlikely') cause.run(intakeId, id, tier)
  }
  const flag = db.prepare(
    'INSERT INTO intake_red_flags (intake_id, flag_id, urgency) VALUES (?, ?, ?)',
  )
  for (const { id, urgency } of assessment.redFlags) flag.run(intakeId, id, urgency)
  return { intakeId, assessment }
}
