// Issue 13, item 3: a submitted or reviewed intake marked "entered in error" is kept (nothing is
// deleted), audited, closed as an emergency, and left out of the worklist, its counts and the
// agreement report; its history line and PDF say so. A discarded draft is kept too.
import { describe, expect, it } from 'vitest'
import type { ChangeEvent } from '../../../src/shared/events/changeEvent'
import { publicVignette } from '../../support/publicVignettes'
import { signWithAllOpen } from '../alerts/alertSupport'
import { useReviewTestCore } from '../reviews/reviewFixtures'
import type { ReviewTestCore } from '../reviews/reviewFixtures'
import { pdfText } from '../summaries/summarySupport'
import { signedInClient } from '../support/signedInClient'
import { expectOk } from '../support/testCore'

const openCore = useReviewTestCore()
const REASON = 'Wrong patient: this was Ana Nunez, not Ana Nunes'
const SUBMITTED = '2026-03-02T08:00:00.000Z'
/** The four cauda equina questions, asked and answered no: a submit needs them (issue 13). */
const SCREENED = {
  saddleNumbness: false,
  bladderChange: false,
  bowelChange: false,
  sexualFunctionChange: false,
} as const
/** New numbness between the legs: an emergency flag, and an alert. */
const EMERGENCY_ANSWERS = { ...SCREENED, painNow: 6, saddleNumbness: true }

async function worklistIds(core: ReviewTestCore, status: 'awaiting' | 'reviewed' | 'all') {
  const page = expectOk(await core.api.reviews.worklist({ status }))
  return { ids: page.items.map((item) => item.intakeId), counts: page.counts }
}

async function twoSubmitted(core: ReviewTestCore) {
  const wrong = await core.submit({ answers: EMERGENCY_ANSWERS, submittedAt: SUBMITTED })
  const right = await core.submit({
    answers: publicVignette('P02').answers,
    submittedAt: '2026-03-02T08:05:00.000Z',
  })
  return { wrong, right }
}

describe('marking an intake entered in error', () => {
  it('is for clinicians and administrators: front desk is refused and nothing changes', async () => {
    const core = openCore()
    const { wrong } = await twoSubmitted(core)
    const frontDesk = signedInClient(core.core, 'front_desk')
    const refused = await frontDesk.intakes.markEnteredInError({
      id: wrong.intakeId,
      reason: REASON,
    })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(expectOk(await core.api.intakes.get({ id: wrong.intakeId })).intake.status).toBe(
      'submitted',
    )

    const admin = signedInClient(core.core, 'admin')
    const marked = expectOk(
      await admin.intakes.markEnteredInError({ id: wrong.intakeId, reason: REASON }),
    )
    expect(marked.enteredInError).toMatchObject({ reason: REASON, byName: 'Test admin' })
  })

  it('requires a reason of 3 to 500 characters, trimmed, and keeps the intake as it was without one', async () => {
    const core = openCore()
    const { wrong } = await twoSubmitted(core)
    for (const reason of ['', '  ', ' ab ', 'x'.repeat(501)]) {
      const result = await core.api.intakes.markEnteredInError({ id: wrong.intakeId, reason })
      expect(result.ok).toBe(false)
      if (result.ok || result.error.kind !== 'validation') throw new Error('expected validation')
      expect(result.error.issues.map((issue) => issue.path)).toEqual([['reason']])
    }
    expect(expectOk(await core.api.intakes.get({ id: wrong.intakeId })).intake).toMatchObject({
      status: 'submitted',
      enteredInError: null,
    })
    const marked = expectOk(
      await core.api.intakes.markEnteredInError({ id: wrong.intakeId, reason: `  ${REASON}  ` }),
    )
    expect(marked.enteredInError.reason).toBe(REASON)
  })

  it('keeps the intake with who, when and why, and writes one audit entry naming intake and patient', async () => {
    const core = openCore()
    const { wrong } = await twoSubmitted(core)
    core.clock.set('2026-03-02T10:30:00.000Z')
    expectOk(await core.api.intakes.markEnteredInError({ id: wrong.intakeId, reason: REASON }))

    const { intake } = expectOk(await core.api.intakes.get({ id: wrong.intakeId }))
    expect(intake.status).toBe('entered_in_error')
    expect(intake.answers).toEqual(EMERGENCY_ANSWERS)
    expect(intake.assessment?.highestUrgency).toBe('emergency')
    expect(intake.enteredInError).toEqual({
      at: '2026-03-02T10:30:00.000Z',
      byName: 'Test clinician',
      reason: REASON,
    })

    const admin = signedInClient(core.core, 'admin')
    const { entries } = expectOk(await admin.audit.list({}))
    const marks = entries.filter((entry) => entry.action === 'entered_in_error')
    expect(marks).toMatchObject([
      {
        channel: 'intakes.markEnteredInError',
        entityType: 'intake',
        entityId: wrong.intakeId,
        patientId: wrong.patientId,
        username: 'test-clinician',
        outcome: 'ok',
      },
    ])
    // The reason is the clinician's free text: it stays in the record, never in the trail.
    expect(JSON.stringify(entries)).not.toContain('Nunez')
  })

  it('leaves the worklist (every tab), its counts and its filters', async () => {
    const core = openCore()
    const { wrong, right } = await twoSubmitted(core)
    expect((await worklistIds(core, 'awaiting')).counts).toMatchObject({ awaiting: 2, all: 2 })

    expectOk(await core.api.intakes.markEnteredInError({ id: wrong.intakeId, reason: REASON }))

    for (const status of ['awaiting', 'all'] as const) {
      const { ids, counts } = await worklistIds(core, status)
      expect(ids).toEqual([right.intakeId])
      expect(counts).toEqual({ awaiting: 1, reviewed: 0, all: 1 })
    }
    const byFlag = expectOk(
      await core.api.reviews.worklist({ status: 'all', redFlag: 'cauda_equina' }),
    )
    expect(byFlag.items).toEqual([])
    expect(byFlag.counts).toEqual({ awaiting: 0, reviewed: 0, all: 0 })
  })

  it('takes a reviewed intake off the reviewed tab and out of the agreement report', async () => {
    const core = openCore()
    const { right } = await twoSubmitted(core)
    await signWithAllOpen(core.api, right.intakeId)
    const before = expectOk(await core.api.agreement.report({}))
    expect(before.reviews).toBe(1)
    expect((await worklistIds(core, 'reviewed')).ids).toEqual([right.intakeId])

    expectOk(await core.api.intakes.markEnteredInError({ id: right.intakeId, reason: REASON }))

    const after = expectOk(await core.api.agreement.report({}))
    expect(after.reviews).toBe(0)
    const leftOpen = (report: typeof before) =>
      report.causes.reduce((sum, cause) => sum + cause.likely.leftOpen + cause.possible.leftOpen, 0)
    expect(leftOpen(before)).toBeGreaterThan(0)
    expect(leftOpen(after)).toBe(0)
    const { ids, counts } = await worklistIds(core, 'reviewed')
    expect(ids).toEqual([])
    expect(counts.reviewed).toBe(0)
    // The signed review is kept, but nothing more can be signed or amended on it.
    const signed = expectOk(await core.api.reviews.get({ intakeId: right.intakeId })).review
    const amended = await core.api.reviews.amend({
      intakeId: right.intakeId,
      basedOnAmendmentId: null,
      reason: 'Second thoughts',
      decisions: signed?.decisions ?? [],
      clinicalNote: 'Changed my mind',
    })
    expect(amended).toMatchObject({ ok: false, error: { kind: 'conflict' } })
  })

  it('closes its open emergency alert and tells every workstation', async () => {
    const core = openCore()
    const events: ChangeEvent[] = []
    core.core.events.subscribe((event) => events.push(event))
    const { wrong } = await twoSubmitted(core)
    const [alert] = expectOk(await core.api.alerts.listOpen({})).alerts
    expect(alert?.intakeId).toBe(wrong.intakeId)

    const marked = expectOk(
      await core.api.intakes.markEnteredInError({ id: wrong.intakeId, reason: REASON }),
    )
    expect(marked.closedAlertId).toBe(alert?.id)
    expect(expectOk(await core.api.alerts.listOpen({})).alerts).toEqual([])
    expect(events.slice(-2)).toMatchObject([
      { kind: 'intake.entered_in_error', intakeId: wrong.intakeId, highestUrgency: 'emergency' },
      { kind: 'alert.acknowledged', alertId: alert?.id, intakeId: wrong.intakeId },
    ])
  })

  it('stays in the history with who, when and why, for the chart to leave out', async () => {
    const core = openCore()
    const first = await core.submit({
      answers: { ...SCREENED, painNow: 4 },
      submittedAt: SUBMITTED,
    })
    const second = await core.submit({
      answers: { ...SCREENED, painNow: 9 },
      submittedAt: '2026-03-02T08:30:00.000Z',
      patientId: first.patientId,
    })
    expectOk(await core.api.intakes.markEnteredInError({ id: second.intakeId, reason: REASON }))
    const { intakes } = expectOk(
      await core.api.intakes.historyForPatient({ patientId: first.patientId }),
    )
    expect(
      intakes.map((item) => [item.id, item.status, item.enteredInError?.reason ?? null]),
    ).toEqual([
      [first.intakeId, 'submitted', null],
      [second.intakeId, 'entered_in_error', REASON],
    ])
  })

  it('is refused twice, and for a draft (which is discarded instead)', async () => {
    const core = openCore()
    const { wrong } = await twoSubmitted(core)
    expectOk(await core.api.intakes.markEnteredInError({ id: wrong.intakeId, reason: REASON }))
    const again = await core.api.intakes.markEnteredInError({ id: wrong.intakeId, reason: REASON })
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict' } })

    const draft = expectOk(await core.api.intakes.start({ patientId: wrong.patientId })).intake
    const ofDraft = await core.api.intakes.markEnteredInError({ id: draft.id, reason: REASON })
    expect(ofDraft).toMatchObject({ ok: false, error: { kind: 'conflict' } })
  })

  it('prints ENTERED IN ERROR on every page of its PDF, with the reason on page 1', async () => {
    const core = openCore()
    const { wrong } = await twoSubmitted(core)
    expectOk(await core.api.intakes.markEnteredInError({ id: wrong.intakeId, reason: REASON }))
    const { pdfBase64 } = expectOk(await core.api.summaries.render({ intakeId: wrong.intakeId }))
    const { pages } = await pdfText(Buffer.from(pdfBase64, 'base64'))
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(page).toContain('ENTERED IN ERROR')
    expect(pages[0]).toContain(`Reason: ${REASON}`)
    expect(pages[0]).toContain('Do not use this summary for care.')
  })
})

describe('discarding a draft', () => {
  it('keeps it as discarded, off the open drafts, and refuses to edit or submit it', async () => {
    const core = openCore()
    const frontDesk = signedInClient(core.core, 'front_desk')
    const { wrong } = await twoSubmitted(core)
    const draft = expectOk(await frontDesk.intakes.start({ patientId: wrong.patientId })).intake
    expectOk(
      await frontDesk.intakes.saveDraft({
        id: draft.id,
        version: 1,
        step: 'pain',
        values: { notes: 'typed for the wrong patient' },
      }),
    )
    expectOk(await frontDesk.intakes.discardDraft({ id: draft.id, version: 2 }))

    expect(expectOk(await frontDesk.intakes.listDrafts({})).drafts).toEqual([])
    const kept = expectOk(await frontDesk.intakes.get({ id: draft.id })).intake
    expect(kept).toMatchObject({
      status: 'discarded',
      values: { notes: 'typed for the wrong patient' },
    })
    const save = await frontDesk.intakes.saveDraft({
      id: draft.id,
      version: 3,
      step: 'a',
      values: {},
    })
    expect(save).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    if (save.ok) throw new Error('expected a conflict')
    expect(save.error.message).toContain('discarded')
    const history = expectOk(
      await frontDesk.intakes.historyForPatient({ patientId: wrong.patientId }),
    ).intakes
    expect(history.map((item) => item.id)).not.toContain(draft.id)
  })
})
