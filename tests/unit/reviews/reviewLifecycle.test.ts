import { publicVignette } from '../../support/publicVignettes'
import { describe, expect, it } from 'vitest'
import type { CauseDecision } from '../../../src/shared/review/decisions'
import { signedInClient } from '../support/signedInClient'
import { expectOk } from '../support/testCore'
import { useReviewTestCore, vignettePatient } from './reviewFixtures'
import type { ReviewTestCore } from './reviewFixtures'

const openCore = useReviewTestCore()

/** P09 flags sciatica and disc herniation as likely, muscle strain and piriformis as possible. */
async function caudaEquinaIntake(core: ReviewTestCore) {
  return core.submit({
    answers: publicVignette('P09').answers,
    submittedAt: '2026-03-02T09:00:00Z',
    patient: vignettePatient('P09', { givenName: 'Cauda', familyName: 'Equina' }),
  })
}

const ALL_DECIDED: CauseDecision[] = [
  { causeId: 'disc_herniation', decision: 'confirm', note: 'L5/S1 on exam' },
  { causeId: 'sciatica', decision: 'confirm', note: '' },
  { causeId: 'muscle_strain', decision: 'rule_out', note: 'Neurological signs' },
  { causeId: 'piriformis_syndrome', decision: 'open', note: '' },
]

function issuePaths(result: { ok: boolean; error?: unknown }): string[] {
  const error = result.error as { kind: string; issues?: { path: (string | number)[] }[] }
  expect(error.kind).toBe('validation')
  return (error.issues ?? []).map((issue) => issue.path.join('.'))
}

describe('reviewing an intake', () => {
  it('opens a submitted intake with its stored assessment and no review yet', async () => {
    const core = openCore()
    const { intakeId, patientId } = await caudaEquinaIntake(core)
    const screen = expectOk(await core.api.reviews.get({ intakeId }))
    expect(screen.intake.id).toBe(intakeId)
    expect(screen.patient.id).toBe(patientId)
    expect(screen.intake.assessment?.redFlags.map((flag) => flag.id)).toEqual(['cauda_equina'])
    expect(screen.review).toBeNull()
    expect(screen.canDecide).toBe(true)
    // Same engine version: nothing to compare.
    expect(screen.currentAssessment).toBeNull()
  })

  it('will not review a draft or an intake that does not exist', async () => {
    const core = openCore()
    const { patientId } = await caudaEquinaIntake(core)
    const draft = expectOk(await core.api.intakes.start({ patientId })).intake
    expect(await core.api.reviews.get({ intakeId: draft.id })).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    })
    const save = await core.api.reviews.saveDraft({
      intakeId: draft.id,
      version: null,
      decisions: [],
      clinicalNote: '',
    })
    expect(save).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    expect(await core.api.reviews.get({ intakeId: 9999 })).toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    })
  })

  it('saves work in progress exactly as typed, version by version', async () => {
    const core = openCore()
    const { intakeId, patientId } = await caudaEquinaIntake(core)
    const partial: CauseDecision[] = [
      { causeId: 'sciatica', decision: null, note: '  half a thought, ' },
      { causeId: 'muscle_strain', decision: 'rule_out', note: '' },
    ]
    const first = expectOk(
      await core.api.reviews.saveDraft({
        intakeId,
        version: null,
        decisions: partial,
        clinicalNote: 'Phoned patient; ',
      }),
    )
    expect(first).toMatchObject({
      intakeId,
      patientId,
      status: 'in_progress',
      version: 1,
      decisions: partial,
      clinicalNote: 'Phoned patient; ',
      signedAt: null,
      signedBy: null,
      signedByName: null,
      createdBy: 1,
      engineVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    })
    const second = expectOk(
      await core.api.reviews.saveDraft({
        intakeId,
        version: 1,
        decisions: [...partial, { causeId: 'disc_herniation', decision: 'confirm', note: '' }],
        clinicalNote: 'Phoned patient; sent to ED.',
      }),
    )
    expect(second.version).toBe(2)
    const reread = expectOk(await core.api.reviews.get({ intakeId })).review
    expect(reread).toEqual(second)
    // The intake stays awaiting review until sign-off.
    expect(expectOk(await core.api.intakes.get({ id: intakeId })).intake.status).toBe('submitted')
  })

  it('refuses a stale save instead of overwriting newer work', async () => {
    const core = openCore()
    const { intakeId } = await caudaEquinaIntake(core)
    const base = { intakeId, decisions: [], clinicalNote: 'first' }
    expectOk(await core.api.reviews.saveDraft({ ...base, version: null }))
    expectOk(await core.api.reviews.saveDraft({ ...base, version: 1, clinicalNote: 'newer' }))
    expect(await core.api.reviews.saveDraft({ ...base, version: 1 })).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    })
    // A second clinician starting afresh does not replace the first one's review.
    expect(await core.api.reviews.saveDraft({ ...base, version: null })).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    })
    expect(expectOk(await core.api.reviews.get({ intakeId })).review?.clinicalNote).toBe('newer')
  })

  it('accepts a cause the assessment did not flag only as confirmed, and one decision each', async () => {
    const core = openCore()
    const { intakeId } = await caudaEquinaIntake(core)
    // Issue 14: what the rules missed is recorded as confirmed; ruling out an unflagged cause
    // says nothing and is refused.
    const unflagged = await core.api.reviews.saveDraft({
      intakeId,
      version: null,
      decisions: [
        { causeId: 'sciatica', decision: 'confirm', note: '' },
        { causeId: 'scoliosis', decision: 'rule_out', note: '' },
      ],
      clinicalNote: '',
    })
    expect(issuePaths(unflagged)).toEqual(['decisions.1.decision'])
    const twice = await core.api.reviews.saveDraft({
      intakeId,
      version: null,
      decisions: [
        { causeId: 'sciatica', decision: 'confirm', note: '' },
        { causeId: 'sciatica', decision: 'rule_out', note: '' },
      ],
      clinicalNote: '',
    })
    expect(twice).toMatchObject({ ok: false, error: { kind: 'validation' } })
    const unknown = await core.api.reviews.saveDraft({
      intakeId,
      version: null,
      decisions: [{ causeId: 'sciatica', decision: 'maybe' as never, note: '' }],
      clinicalNote: '',
    })
    expect(issuePaths(unknown)).toEqual(['decisions.0.decision'])
    expect(expectOk(await core.api.reviews.get({ intakeId })).review).toBeNull()
  })

  it('signs only when every flagged cause has a decision, naming the ones missing', async () => {
    const core = openCore()
    const { intakeId } = await caudaEquinaIntake(core)
    const result = await core.api.reviews.signOff({
      intakeId,
      version: null,
      decisions: [
        { causeId: 'disc_herniation', decision: 'confirm', note: '' },
        { causeId: 'sciatica', decision: null, note: 'unsure' },
      ],
      clinicalNote: '',
    })
    expect(issuePaths(result).sort()).toEqual([
      'decisions.muscle_strain',
      'decisions.piriformis_syndrome',
      'decisions.sciatica',
    ])
    expect(expectOk(await core.api.reviews.get({ intakeId })).review).toBeNull()
    expect(expectOk(await core.api.intakes.get({ id: intakeId })).intake.status).toBe('submitted')
  })

  it('sign-off records who and when, marks the intake reviewed and makes the review read-only', async () => {
    const core = openCore()
    const { intakeId } = await caudaEquinaIntake(core)
    expectOk(
      await core.api.reviews.saveDraft({
        intakeId,
        version: null,
        decisions: [],
        clinicalNote: 'draft',
      }),
    )
    core.clock.set('2026-03-02T09:30:00Z')
    const signed = expectOk(
      await core.api.reviews.signOff({
        intakeId,
        version: 1,
        decisions: ALL_DECIDED,
        clinicalNote: 'Same-day emergency referral.',
      }),
    )
    expect(signed).toMatchObject({
      status: 'signed',
      signedAt: '2026-03-02T09:30:00.000Z',
      signedBy: 1,
      // The name as it was at signing, kept with the signature.
      signedByName: 'Test clinician',
      decisions: ALL_DECIDED,
      clinicalNote: 'Same-day emergency referral.',
      version: 2,
      amendments: [],
    })
    expect(expectOk(await core.api.intakes.get({ id: intakeId })).intake.status).toBe('reviewed')

    const edit = await core.api.reviews.saveDraft({
      intakeId,
      version: 2,
      decisions: ALL_DECIDED,
      clinicalNote: 'changed my mind',
    })
    expect(edit).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    const resign = await core.api.reviews.signOff({
      intakeId,
      version: 2,
      decisions: ALL_DECIDED,
      clinicalNote: 'again',
    })
    expect(resign).toMatchObject({ ok: false, error: { kind: 'conflict' } })

    // The database itself refuses to change or delete a signed review.
    expect(() =>
      core.core.db
        .prepare("UPDATE reviews SET clinical_note = 'x' WHERE intake_id = ?")
        .run(intakeId),
    ).toThrow(/read-only/)
    expect(() =>
      core.core.db.prepare('DELETE FROM reviews WHERE intake_id = ?').run(intakeId),
    ).toThrow(/never deleted/)
    expect(expectOk(await core.api.reviews.get({ intakeId })).review).toEqual(signed)
  })

  it('keeps the signed original and every amendment, each with its reason, author and time', async () => {
    const core = openCore()
    const { intakeId } = await caudaEquinaIntake(core)
    const signed = expectOk(
      await core.api.reviews.signOff({
        intakeId,
        version: null,
        decisions: ALL_DECIDED,
        clinicalNote: 'Original note.',
      }),
    )
    const corrected: CauseDecision[] = ALL_DECIDED.map((d) =>
      d.causeId === 'piriformis_syndrome' ? { ...d, decision: 'rule_out', note: 'MRI' } : d,
    )
    core.clock.set('2026-03-03T08:00:00Z')
    const amended = expectOk(
      await core.api.reviews.amend({
        intakeId,
        basedOnAmendmentId: null,
        reason: '  MRI result came back  ',
        decisions: corrected,
        clinicalNote: 'Original note. MRI: L5/S1 herniation.',
      }),
    )
    expect(amended.decisions).toEqual(signed.decisions)
    expect(amended.clinicalNote).toBe('Original note.')
    expect(amended.signedAt).toBe(signed.signedAt)
    expect(amended.amendments).toEqual([
      {
        id: expect.any(Number),
        reason: 'MRI result came back',
        decisions: corrected,
        otherDiagnoses: [],
        clinicalNote: 'Original note. MRI: L5/S1 herniation.',
        amendedAt: '2026-03-03T08:00:00.000Z',
        amendedBy: 1,
        amendedByName: 'Test clinician',
      },
    ])

    const firstId = amended.amendments[0]?.id ?? 0
    // Someone amending from an older view is stopped rather than silently ignored.
    const stale = await core.api.reviews.amend({
      intakeId,
      basedOnAmendmentId: null,
      reason: 'typo',
      decisions: ALL_DECIDED,
      clinicalNote: 'x',
    })
    expect(stale).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    const second = expectOk(
      await core.api.reviews.amend({
        intakeId,
        basedOnAmendmentId: firstId,
        reason: 'Typo in note',
        decisions: corrected,
        clinicalNote: 'Original note. MRI: L5/S1 disc herniation.',
      }),
    )
    expect(second.amendments.map((a) => a.reason)).toEqual(['MRI result came back', 'Typo in note'])
    expect(second.clinicalNote).toBe('Original note.')

    expect(() => core.core.db.prepare("UPDATE review_amendments SET reason = 'x'").run()).toThrow(
      /append-only/,
    )
    expect(() => core.core.db.prepare('DELETE FROM review_amendments').run()).toThrow(/append-only/)
  })

  it('asks for a reason and complete decisions before amending, and only after sign-off', async () => {
    const core = openCore()
    const { intakeId } = await caudaEquinaIntake(core)
    const early = await core.api.reviews.amend({
      intakeId,
      basedOnAmendmentId: null,
      reason: 'too soon',
      decisions: ALL_DECIDED,
      clinicalNote: '',
    })
    expect(early).toMatchObject({ ok: false, error: { kind: 'not_found' } })
    expectOk(
      await core.api.reviews.saveDraft({
        intakeId,
        version: null,
        decisions: [],
        clinicalNote: '',
      }),
    )
    const unsigned = await core.api.reviews.amend({
      intakeId,
      basedOnAmendmentId: null,
      reason: 'still open',
      decisions: ALL_DECIDED,
      clinicalNote: '',
    })
    expect(unsigned).toMatchObject({ ok: false, error: { kind: 'conflict' } })

    expectOk(
      await core.api.reviews.signOff({
        intakeId,
        version: 1,
        decisions: ALL_DECIDED,
        clinicalNote: '',
      }),
    )
    const noReason = await core.api.reviews.amend({
      intakeId,
      basedOnAmendmentId: null,
      reason: '   ',
      decisions: ALL_DECIDED,
      clinicalNote: '',
    })
    expect(issuePaths(noReason)).toEqual(['reason'])
    const incomplete = await core.api.reviews.amend({
      intakeId,
      basedOnAmendmentId: null,
      reason: 'Dropped one',
      decisions: ALL_DECIDED.slice(1),
      clinicalNote: '',
    })
    expect(issuePaths(incomplete)).toEqual(['decisions.disc_herniation'])
    expect(expectOk(await core.api.reviews.get({ intakeId })).review?.amendments).toEqual([])
  })

  it('lets the front desk see the queue and the review; only clinicians decide', async () => {
    const core = openCore()
    const { intakeId } = await caudaEquinaIntake(core)
    // Administrators do not see patient records at all (PATIENT_RECORD_ROLES).
    const admin = signedInClient(core.core, 'admin')
    expect(await admin.reviews.worklist({})).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    })
    expect(await admin.reviews.get({ intakeId })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    })
    for (const role of ['front_desk'] as const) {
      const other = signedInClient(core.core, role)
      expect(expectOk(await other.reviews.worklist({})).items.map((i) => i.intakeId)).toEqual([
        intakeId,
      ])
      expect(expectOk(await other.reviews.get({ intakeId })).canDecide).toBe(false)
      const content = { intakeId, version: null, decisions: ALL_DECIDED, clinicalNote: '' }
      expect(await other.reviews.saveDraft(content)).toMatchObject({
        ok: false,
        error: { kind: 'forbidden' },
      })
      expect(await other.reviews.signOff(content)).toMatchObject({
        ok: false,
        error: { kind: 'forbidden' },
      })
      expect(
        await other.reviews.amend({ ...content, basedOnAmendmentId: null, reason: 'x' }),
      ).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    }
    expect(expectOk(await core.api.reviews.get({ intakeId })).review).toBeNull()
  })
})
