// An intake submitted under engine 1.0.0, with the assessment 1.0.0 really produced (a fixture
// made by the 1.0.0 engine, not an edited 1.1.0 result): it keeps that stored assessment, the
// review screen shows the 1.1.0 result beside it, and the clinician signs the stored one.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { AssessmentSchema, ENGINE_VERSION } from '../../../src/shared/clinical/assessment'
import type { Assessment } from '../../../src/shared/clinical/assessment'
import { HIGHEST_URGENCIES } from '../../../src/shared/clinical/ids'
import { AnswersSchema } from '../../../src/shared/intake/answers'
import { PatientContextSchema } from '../../../src/shared/intake/patientContext'
import { expectOk } from '../support/testCore'
import { bornForAge, useReviewTestCore } from './reviewFixtures'
import type { ReviewTestCore } from './reviewFixtures'

const FixtureSchema = z.object({
  about: z.string(),
  patient: PatientContextSchema,
  answers: AnswersSchema,
  assessment: AssessmentSchema,
})
const fixture = FixtureSchema.parse(
  JSON.parse(readFileSync(new URL('./fixtures/p15-engine-1.0.0.json', import.meta.url), 'utf8')),
)

const openCore = useReviewTestCore()

/** Stores `assessment` over a submitted intake as the 1.0.0 submit would have written it. */
function storeAsSubmitted(core: ReviewTestCore, intakeId: number, assessment: Assessment): void {
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
  for (const cause of assessment.causes) {
    if (cause.tier === 'unlikely') continue
    db.prepare('INSERT INTO intake_causes (intake_id, cause_id, tier) VALUES (?, ?, ?)').run(
      intakeId,
      cause.id,
      cause.tier,
    )
  }
}

async function intakeFrom100(core: ReviewTestCore): Promise<number> {
  const { ageYears, sex } = fixture.patient
  const { intakeId } = await core.submit({
    answers: fixture.answers,
    submittedAt: '2026-03-02T09:00:00Z',
    patient: { dateOfBirth: bornForAge(ageYears ?? 44), ...(sex ? { sex } : {}) },
  })
  storeAsSubmitted(core, intakeId, fixture.assessment)
  return intakeId
}

describe('an intake assessed by engine 1.0.0', () => {
  it('is a genuine 1.0.0 result: no bilateral_sciatica flag, which 1.1.0 raises', () => {
    expect(fixture.assessment.engineVersion).toBe('1.0.0')
    expect(fixture.assessment.redFlags).toEqual([])
    expect(ENGINE_VERSION).toBe('1.1.0')
    expect(assess(fixture.patient, fixture.answers).redFlags.map((flag) => flag.id)).toEqual([
      'bilateral_sciatica',
    ])
  })

  it('keeps its stored assessment and shows the 1.1.0 result beside it', async () => {
    const core = openCore()
    const intakeId = await intakeFrom100(core)
    const screen = expectOk(await core.api.reviews.get({ intakeId }))
    expect(screen.intake.assessment).toEqual(fixture.assessment)
    expect(screen.currentAssessment?.engineVersion).toBe('1.1.0')
    expect(screen.currentAssessment).toEqual(assess(fixture.patient, fixture.answers))
    expect(screen.currentAssessment?.redFlags.map((flag) => flag.id)).toEqual([
      'bilateral_sciatica',
    ])
  })

  it('is signed against the stored 1.0.0 assessment, which stays as it was', async () => {
    const core = openCore()
    const intakeId = await intakeFrom100(core)
    const decisions = fixture.assessment.causes
      .filter((cause) => cause.tier !== 'unlikely')
      .map((cause) => ({ causeId: cause.id, decision: 'open' as const, note: '' }))
    const signed = expectOk(
      await core.api.reviews.signOff({ intakeId, version: null, decisions, clinicalNote: 'ok' }),
    )
    expect(signed.engineVersion).toBe('1.0.0')
    const again = expectOk(await core.api.reviews.get({ intakeId }))
    expect(again.intake.assessment).toEqual(fixture.assessment)
    expect(again.currentAssessment?.engineVersion).toBe('1.1.0')
  })
})
