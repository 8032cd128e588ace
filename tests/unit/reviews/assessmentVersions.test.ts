import { publicVignette } from '../../support/publicVignettes'
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { ENGINE_VERSION } from '../../../src/shared/clinical/assessment'
import type { Assessment } from '../../../src/shared/clinical/assessment'
import { expectOk } from '../support/testCore'
import { useReviewTestCore, vignettePatient } from './reviewFixtures'
import type { ReviewTestCore } from './reviewFixtures'

const openCore = useReviewTestCore()
const OLD_VERSION = '0.9.0'

/**
 * Makes an intake look as if an older engine had assessed it: an older version number and a
 * different result (scoliosis flagged likely, no red flag), as a rule change would leave it.
 */
function ageAssessment(core: ReviewTestCore, intakeId: number): Assessment {
  const row = core.core.db
    .prepare('SELECT assessment_json FROM intakes WHERE id = ?')
    .get(intakeId) as { assessment_json: string }
  const current = JSON.parse(row.assessment_json) as Assessment
  const old: Assessment = {
    ...current,
    engineVersion: OLD_VERSION,
    causes: current.causes.map((cause) =>
      cause.id === 'scoliosis' ? { ...cause, tier: 'likely' } : cause,
    ),
    redFlags: [],
    highestUrgency: 'none',
  }
  core.core.db
    .prepare('UPDATE intakes SET assessment_json = ?, engine_version = ? WHERE id = ?')
    .run(JSON.stringify(old), OLD_VERSION, intakeId)
  return old
}

async function olderIntake(core: ReviewTestCore) {
  const { intakeId } = await core.submit({
    answers: publicVignette('P09').answers,
    submittedAt: '2026-03-02T09:00:00Z',
    patient: vignettePatient('P09'),
  })
  return { intakeId, stored: ageAssessment(core, intakeId) }
}

describe('an intake assessed by an older engine', () => {
  it('shows the stored assessment and, beside it, what the current engine says', async () => {
    const core = openCore()
    const { intakeId, stored } = await olderIntake(core)
    const screen = expectOk(await core.api.reviews.get({ intakeId }))
    expect(screen.intake.assessment).toEqual(stored)
    const patient = publicVignette('P09').patient
    expect(screen.currentAssessment).toEqual(assess(patient, publicVignette('P09').answers))
    expect(screen.currentAssessment?.engineVersion).toBe(ENGINE_VERSION)
    expect(screen.currentAssessment?.redFlags.map((flag) => flag.id)).toEqual(['cauda_equina'])
  })

  it('takes decisions on, and signs, the stored assessment; re-assessing never changes it', async () => {
    const core = openCore()
    const { intakeId, stored } = await olderIntake(core)
    const flagged = stored.causes.filter((cause) => cause.tier !== 'unlikely')
    expect(flagged.map((cause) => cause.id)).toContain('scoliosis')
    // The stored assessment decides what needs a decision, not the current one.
    const withoutScoliosis = flagged
      .filter((cause) => cause.id !== 'scoliosis')
      .map((cause) => ({ causeId: cause.id, decision: 'open' as const, note: '' }))
    const incomplete = await core.api.reviews.signOff({
      intakeId,
      version: null,
      decisions: withoutScoliosis,
      clinicalNote: '',
    })
    expect(incomplete).toMatchObject({ ok: false, error: { kind: 'validation' } })

    const decisions = [
      ...withoutScoliosis,
      { causeId: 'scoliosis' as const, decision: 'rule_out' as const, note: '' },
    ]
    const signed = expectOk(
      await core.api.reviews.signOff({ intakeId, version: null, decisions, clinicalNote: 'ok' }),
    )
    expect(signed.engineVersion).toBe(OLD_VERSION)

    // Opening it again re-runs the current engine for display only.
    const again = expectOk(await core.api.reviews.get({ intakeId }))
    expect(again.currentAssessment?.engineVersion).toBe(ENGINE_VERSION)
    expect(again.intake.assessment).toEqual(stored)
    expect(again.review).toEqual(signed)
    const row = core.core.db
      .prepare('SELECT engine_version, assessment_json FROM intakes WHERE id = ?')
      .get(intakeId) as { engine_version: string; assessment_json: string }
    expect(row.engine_version).toBe(OLD_VERSION)
    expect(JSON.parse(row.assessment_json)).toEqual(stored)
  })

  it('computes the current result with the age on the visit day, not today', async () => {
    const core = openCore()
    // Born 1 Jan 1956, visit 31 Dec 2025: 69 at the visit, 70 (an injury point) by review time.
    const answers = { painSites: ['low_back_central' as const], onset: 'sudden' as const }
    const { intakeId } = await core.submit({
      answers,
      submittedAt: '2026-01-05T09:00:00Z',
      visitDate: '2025-12-31',
      patient: { dateOfBirth: '1956-01-01', sex: 'female' },
    })
    ageAssessment(core, intakeId)
    const screen = expectOk(await core.api.reviews.get({ intakeId }))
    expect(screen.currentAssessment).toEqual(assess({ ageYears: 69, sex: 'female' }, answers))
    expect(screen.currentAssessment).not.toEqual(assess({ ageYears: 70, sex: 'female' }, answers))
  })
})
