// Issue 14, decisions beyond the flags: a clinician records any of the thirteen causes as
// confirmed when the rules did not flag it, or another diagnosis in free text, so that what the
// rules missed is on the record (and counted by the agreement report).
import { describe, expect, it } from 'vitest'
import { flaggedCauseIds, MAX_OTHER_DIAGNOSIS_CHARS } from '../../../src/shared/review/decisions'
import type { CauseDecision } from '../../../src/shared/review/decisions'
import { publicVignette } from '../../support/publicVignettes'
import { expectOk } from '../support/testCore'
import { useReviewTestCore, vignettePatient } from './reviewFixtures'
import type { ReviewTestCore } from './reviewFixtures'

const openCore = useReviewTestCore()

async function discIntake(core: ReviewTestCore) {
  const { intakeId } = await core.submit({
    answers: publicVignette('P02').answers,
    submittedAt: '2026-03-02T09:00:00Z',
    patient: vignettePatient('P02'),
  })
  const assessment = expectOk(await core.api.reviews.get({ intakeId })).intake.assessment
  if (assessment === null) throw new Error('submitted intake without an assessment')
  const flagged: CauseDecision[] = flaggedCauseIds(assessment).map((causeId) => ({
    causeId,
    decision: 'open',
    note: '',
  }))
  return { intakeId, flagged, assessment }
}

function issuePaths(result: { ok: boolean; error?: unknown }): string[] {
  expect(result.ok).toBe(false)
  const error = result.error as { kind: string; issues?: { path: (string | number)[] }[] }
  expect(error.kind).toBe('validation')
  return (error.issues ?? []).map((issue) => issue.path.join('.'))
}

describe('decisions beyond the flags', () => {
  it('signs a cause the rules rated unlikely as confirmed, and another diagnosis', async () => {
    const core = openCore()
    const { intakeId, flagged, assessment } = await discIntake(core)
    expect(assessment.causes.find((cause) => cause.id === 'infection')?.tier).toBe('unlikely')
    const decisions = [
      ...flagged,
      { causeId: 'infection' as const, decision: 'confirm' as const, note: 'MRI' },
    ]
    const otherDiagnoses = [{ text: 'Hip fracture, stress type', note: 'seen on X-ray' }]
    const signed = expectOk(
      await core.api.reviews.signOff({
        intakeId,
        version: null,
        decisions,
        otherDiagnoses,
        clinicalNote: 'ok',
      }),
    )
    expect(signed.decisions).toEqual(decisions)
    expect(signed.otherDiagnoses).toEqual(otherDiagnoses)
    expect(expectOk(await core.api.reviews.get({ intakeId })).review?.otherDiagnoses).toEqual(
      otherDiagnoses,
    )
    // The outcome per cause beside the tier the rules gave it, for the agreement report.
    const outcomes = core.core.db
      .prepare('SELECT cause_id, tier, decision FROM review_outcomes WHERE intake_id = ?')
      .all(intakeId)
    expect(outcomes).toContainEqual({
      cause_id: 'infection',
      tier: 'unlikely',
      decision: 'confirm',
    })
    expect(outcomes).toHaveLength(decisions.length)
  })

  it('refuses an unflagged cause recorded as anything but confirmed at sign-off', async () => {
    const core = openCore()
    const { intakeId, flagged } = await discIntake(core)
    const result = await core.api.reviews.signOff({
      intakeId,
      version: null,
      decisions: [...flagged, { causeId: 'infection', decision: null, note: '' }],
      clinicalNote: '',
    })
    expect(issuePaths(result)).toEqual([`decisions.${flagged.length}.decision`])
  })

  it('keeps an empty other diagnosis in a draft but asks for its text before sign-off', async () => {
    const core = openCore()
    const { intakeId, flagged } = await discIntake(core)
    const draft = expectOk(
      await core.api.reviews.saveDraft({
        intakeId,
        version: null,
        decisions: flagged,
        otherDiagnoses: [{ text: '', note: 'ask radiology' }],
        clinicalNote: '',
      }),
    )
    expect(draft.otherDiagnoses).toEqual([{ text: '', note: 'ask radiology' }])
    const result = await core.api.reviews.signOff({
      intakeId,
      version: draft.version,
      decisions: flagged,
      otherDiagnoses: [{ text: '  ', note: '' }],
      clinicalNote: '',
    })
    expect(issuePaths(result)).toEqual(['otherDiagnoses.0.text'])
  })

  it('caps the length of an other diagnosis at the door', async () => {
    const core = openCore()
    const { intakeId, flagged } = await discIntake(core)
    const result = await core.api.reviews.saveDraft({
      intakeId,
      version: null,
      decisions: flagged,
      otherDiagnoses: [{ text: 'x'.repeat(MAX_OTHER_DIAGNOSIS_CHARS + 1), note: '' }],
      clinicalNote: '',
    })
    expect(issuePaths(result)).toEqual(['otherDiagnoses.0.text'])
  })

  it('an amendment can add what the rules missed, and the outcomes follow it', async () => {
    const core = openCore()
    const { intakeId, flagged } = await discIntake(core)
    expectOk(
      await core.api.reviews.signOff({
        intakeId,
        version: null,
        decisions: flagged,
        clinicalNote: '',
      }),
    )
    const amended = expectOk(
      await core.api.reviews.amend({
        intakeId,
        basedOnAmendmentId: null,
        reason: 'MRI result',
        decisions: [...flagged, { causeId: 'spinal_stenosis', decision: 'confirm', note: '' }],
        otherDiagnoses: [{ text: 'Synovial cyst', note: '' }],
        clinicalNote: '',
      }),
    )
    expect(amended.otherDiagnoses).toEqual([])
    expect(amended.amendments[0]?.otherDiagnoses).toEqual([{ text: 'Synovial cyst', note: '' }])
    const confirmed = core.core.db
      .prepare("SELECT cause_id FROM review_outcomes WHERE intake_id = ? AND tier = 'unlikely'")
      .all(intakeId)
    expect(confirmed).toEqual([{ cause_id: 'spinal_stenosis' }])
  })
})
