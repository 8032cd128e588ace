import { publicVignette } from '../../support/publicVignettes'
import { describe, expect, it } from 'vitest'
import type { WorklistQueryInput } from '../../../src/shared/review/worklist'
import { expectOk } from '../support/testCore'
import { CALM_ANSWERS, SOON_ANSWERS, useReviewTestCore, vignettePatient } from './reviewFixtures'
import type { ReviewTestCore } from './reviewFixtures'

const openCore = useReviewTestCore()

/** An instant at a local clock time, so "day" filters mean the same in any time zone. */
function local(date: string, time = '12:00'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(y, m - 1, d, hh, mm).toISOString()
}

/**
 * Seven intakes, one per line: every urgency, two urgent and two none to check "oldest first"
 * within a level, and submitted out of urgency order so the sort is not insertion order.
 */
async function seed(core: ReviewTestCore) {
  const calmOld = await core.submit({
    answers: CALM_ANSWERS,
    submittedAt: local('2026-03-01', '08:00'),
    visitDate: '2026-03-01',
    patient: { givenName: 'Calm', familyName: 'Older' },
  })
  const urgentNew = await core.submit({
    answers: publicVignette('P10').answers,
    submittedAt: local('2026-03-02', '11:00'),
    patient: { ...vignettePatient('P10'), givenName: 'Urgent', familyName: 'Newer' },
  })
  const soon = await core.submit({
    answers: SOON_ANSWERS,
    submittedAt: local('2026-03-01', '09:00'),
    visitDate: '2026-03-01',
    patient: { givenName: 'Soon', familyName: 'Łukasiewicz', recordNumber: 'MRN-77' },
  })
  const emergency = await core.submit({
    answers: publicVignette('P09').answers,
    submittedAt: local('2026-03-02', '12:00'),
    patient: { ...vignettePatient('P09'), givenName: 'Cauda', familyName: 'Equina' },
  })
  const urgentOld = await core.submit({
    answers: publicVignette('P11').answers,
    submittedAt: local('2026-03-02', '10:00'),
    patient: { ...vignettePatient('P11'), givenName: 'Urgent', familyName: 'Older' },
  })
  const calmNew = await core.submit({
    answers: CALM_ANSWERS,
    submittedAt: local('2026-03-03', '08:00'),
    visitDate: '2026-03-03',
    patient: { givenName: 'Calm', familyName: 'Newer', dateOfBirth: '1961-07-04' },
  })
  const disc = await core.submit({
    answers: publicVignette('P02').answers,
    submittedAt: local('2026-03-03', '09:00'),
    visitDate: '2026-03-03',
    patient: { ...vignettePatient('P02'), givenName: 'Disc', familyName: 'Herniation' },
  })
  // A draft is not submitted: it must never appear.
  core.clock.set(local('2026-03-03', '10:00'))
  expectOk(await core.api.intakes.start({ patientId: disc.patientId, visitDate: '2026-03-03' }))
  return { calmOld, urgentNew, soon, emergency, urgentOld, calmNew, disc }
}

async function worklist(core: ReviewTestCore, query: WorklistQueryInput = {}) {
  return expectOk(await core.api.reviews.worklist(query))
}

async function ids(core: ReviewTestCore, query: WorklistQueryInput = {}) {
  return (await worklist(core, query)).items.map((item) => item.intakeId)
}

async function signWithAllOpen(core: ReviewTestCore, intakeId: number, at: string) {
  core.clock.set(at)
  const screen = expectOk(await core.api.reviews.get({ intakeId }))
  const decisions = (screen.intake.assessment?.causes ?? [])
    .filter((cause) => cause.tier !== 'unlikely')
    .map((cause) => ({ causeId: cause.id, decision: 'open' as const, note: '' }))
  expectOk(
    await core.api.reviews.signOff({ intakeId, version: null, decisions, clinicalNote: 'Seen.' }),
  )
}

describe('the worklist', () => {
  it('lists awaiting intakes emergency first, then urgent, soon and none, oldest first within each', async () => {
    const core = openCore()
    const s = await seed(core)
    const page = await worklist(core)
    expect(page.items.map((item) => item.intakeId)).toEqual([
      s.emergency.intakeId,
      s.urgentOld.intakeId,
      s.urgentNew.intakeId,
      s.soon.intakeId,
      s.disc.intakeId,
      s.calmOld.intakeId,
      s.calmNew.intakeId,
    ])
    expect(page.items.map((item) => item.highestUrgency)).toEqual([
      'emergency',
      'urgent',
      'urgent',
      'soon',
      'soon',
      'none',
      'none',
    ])
    const head = page.items[0]
    expect(head).toMatchObject({
      status: 'submitted',
      patient: { givenName: 'Cauda', familyName: 'Equina' },
      redFlags: ['cauda_equina'],
      likelyCauses: ['disc_herniation', 'sciatica'],
      review: null,
    })
    // Several flags come most urgent first.
    const urgent = page.items.find((item) => item.intakeId === s.urgentNew.intakeId)
    expect(urgent?.redFlags).toEqual(['infection', 'persistent_or_severe'])
  })

  it('moves a signed intake from awaiting to reviewed, newest signature first', async () => {
    const core = openCore()
    const s = await seed(core)
    await signWithAllOpen(core, s.calmOld.intakeId, local('2026-03-04', '09:00'))
    await signWithAllOpen(core, s.emergency.intakeId, local('2026-03-04', '10:00'))

    const awaiting = await ids(core, { status: 'awaiting' })
    expect(awaiting).not.toContain(s.emergency.intakeId)
    expect(awaiting).not.toContain(s.calmOld.intakeId)
    expect(awaiting[0]).toBe(s.urgentOld.intakeId)

    const reviewed = await worklist(core, { status: 'reviewed' })
    expect(reviewed.items.map((item) => item.intakeId)).toEqual([
      s.emergency.intakeId,
      s.calmOld.intakeId,
    ])
    expect(reviewed.items[0]).toMatchObject({
      status: 'reviewed',
      review: { status: 'signed', signedAt: local('2026-03-04', '10:00') },
    })

    // All: both kinds, most recently submitted first.
    expect(await ids(core, { status: 'all' })).toEqual([
      s.disc.intakeId,
      s.calmNew.intakeId,
      s.emergency.intakeId,
      s.urgentNew.intakeId,
      s.urgentOld.intakeId,
      s.soon.intakeId,
      s.calmOld.intakeId,
    ])
  })

  it('shows that a review is in progress, so two clinicians do not start the same one', async () => {
    const core = openCore()
    const s = await seed(core)
    expectOk(
      await core.api.reviews.saveDraft({
        intakeId: s.soon.intakeId,
        version: null,
        decisions: [],
        clinicalNote: 'Started',
      }),
    )
    const item = (await worklist(core)).items.find((i) => i.intakeId === s.soon.intakeId)
    expect(item?.review).toEqual({ status: 'in_progress', signedAt: null })
    expect(item?.status).toBe('submitted')
  })

  it('filters by red flag and by likely cause', async () => {
    const core = openCore()
    const s = await seed(core)
    expect(await ids(core, { redFlag: 'cauda_equina' })).toEqual([s.emergency.intakeId])
    expect(await ids(core, { redFlag: 'persistent_or_severe' })).toEqual([
      s.urgentOld.intakeId,
      s.urgentNew.intakeId,
      s.soon.intakeId,
      s.disc.intakeId,
    ])
    expect(await ids(core, { likelyCause: 'disc_herniation' })).toEqual([
      s.emergency.intakeId,
      s.disc.intakeId,
    ])
    // Possible is not likely: P01-like calm answers flag nothing likely, P09 flags muscle strain
    // as possible only.
    expect(await ids(core, { likelyCause: 'muscle_strain' })).toEqual([])
    expect(await ids(core, { redFlag: 'fracture', likelyCause: 'injury' })).toEqual([
      s.urgentOld.intakeId,
    ])
    expect(await ids(core, { redFlag: 'cauda_equina', likelyCause: 'injury' })).toEqual([])
  })

  it('filters by submitted day or visit day, both ends included', async () => {
    const core = openCore()
    const s = await seed(core)
    expect(await ids(core, { from: '2026-03-02', to: '2026-03-02' })).toEqual([
      s.emergency.intakeId,
      s.urgentOld.intakeId,
      s.urgentNew.intakeId,
    ])
    expect(await ids(core, { from: '2026-03-03' })).toEqual([s.disc.intakeId, s.calmNew.intakeId])
    expect(await ids(core, { to: '2026-03-01' })).toEqual([s.soon.intakeId, s.calmOld.intakeId])
    expect(await ids(core, { dateField: 'visit', from: '2026-03-01', to: '2026-03-01' })).toEqual([
      s.soon.intakeId,
      s.calmOld.intakeId,
    ])
    expect(await ids(core, { dateField: 'visit', from: '2026-03-02', to: '2026-03-02' })).toEqual([
      s.emergency.intakeId,
      s.urgentOld.intakeId,
      s.urgentNew.intakeId,
    ])
  })

  it('refuses a date range that ends before it starts, or a day that does not exist', async () => {
    const core = openCore()
    const backwards = await core.api.reviews.worklist({ from: '2026-03-03', to: '2026-03-01' })
    expect(backwards).toMatchObject({ ok: false, error: { kind: 'validation' } })
    if (backwards.ok || backwards.error.kind !== 'validation') return
    expect(backwards.error.issues[0]?.path).toEqual(['to'])
    const impossible = await core.api.reviews.worklist({ from: '2026-02-30' })
    expect(impossible).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('finds patients by name prefix (accents folded), date of birth or record number', async () => {
    const core = openCore()
    const s = await seed(core)
    expect(await ids(core, { patientQuery: 'lukas' })).toEqual([s.soon.intakeId])
    expect(await ids(core, { patientQuery: 'urg' })).toEqual([
      s.urgentOld.intakeId,
      s.urgentNew.intakeId,
    ])
    expect(await ids(core, { patientQuery: 'urgent new' })).toEqual([s.urgentNew.intakeId])
    expect(await ids(core, { patientQuery: '1961-07-04' })).toEqual([s.calmNew.intakeId])
    expect(await ids(core, { patientQuery: 'mrn-77' })).toEqual([s.soon.intakeId])
    expect(await ids(core, { patientQuery: 'nobody' })).toEqual([])
    // Operators typed into the box are text, never FTS syntax.
    expect(await ids(core, { patientQuery: 'calm* OR "x' })).toEqual([])
  })

  it('lists every intake of a patient that matches', async () => {
    const core = openCore()
    const s = await seed(core)
    const again = await core.submit({
      answers: CALM_ANSWERS,
      submittedAt: local('2026-03-04', '08:00'),
      visitDate: '2026-03-04',
      patientId: s.disc.patientId,
    })
    expect(await ids(core, { patientQuery: 'herniation' })).toEqual([
      s.disc.intakeId,
      again.intakeId,
    ])
  })

  it('counts each status with the other filters applied', async () => {
    const core = openCore()
    const s = await seed(core)
    await signWithAllOpen(core, s.emergency.intakeId, local('2026-03-04', '09:00'))
    await signWithAllOpen(core, s.disc.intakeId, local('2026-03-04', '10:00'))

    expect((await worklist(core)).counts).toEqual({ awaiting: 5, reviewed: 2, all: 7 })
    // The counts do not depend on which status is being listed.
    expect((await worklist(core, { status: 'reviewed' })).counts).toEqual({
      awaiting: 5,
      reviewed: 2,
      all: 7,
    })
    expect((await worklist(core, { likelyCause: 'disc_herniation' })).counts).toEqual({
      awaiting: 0,
      reviewed: 2,
      all: 2,
    })
    expect((await worklist(core, { patientQuery: 'calm' })).counts).toEqual({
      awaiting: 2,
      reviewed: 0,
      all: 2,
    })
  })

  it('pages through the list without repeating or skipping an intake', async () => {
    const core = openCore()
    await seed(core)
    const everything = await ids(core)
    const pages: number[][] = []
    for (let offset = 0; offset < everything.length + 3; offset += 3) {
      const page = await worklist(core, { limit: 3, offset })
      expect(page.counts.awaiting).toBe(everything.length)
      expect(page).toMatchObject({ limit: 3, offset })
      pages.push(page.items.map((item) => item.intakeId))
    }
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1, 0])
    expect(pages.flat()).toEqual(everything)
    const tooBig = await core.api.reviews.worklist({ limit: 101 })
    expect(tooBig).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})
