import { publicVignette } from '../../support/publicVignettes'
import { describe, expect, it } from 'vitest'
import { expectOk, useTestCore } from '../support/testCore'
import { withScreeningRecorded } from '../../support/screening'

const p02 = withScreeningRecorded(publicVignette('P02').answers)

const openTestCore = useTestCore({ now: () => new Date('2026-11-26T10:00:00Z') })

async function startIntake() {
  const { api, core } = openTestCore()
  const patient = expectOk(
    await api.patients.create({
      givenName: 'Testy',
      familyName: 'Example',
      dateOfBirth: '1985-05-01',
      sex: 'male',
    }),
  )
  const started = expectOk(
    await api.intakes.start({ patientId: patient.id, visitDate: '2026-11-26' }),
  )
  return { api, core, patient, intake: started.intake }
}

describe('an intake from draft to submitted', () => {
  it('starts as an empty draft for the patient', async () => {
    const { intake, patient } = await startIntake()
    expect(intake).toMatchObject({
      patientId: patient.id,
      status: 'draft',
      visitDate: '2026-11-26',
      values: {},
      answers: null,
      assessment: null,
      version: 1,
    })
  })

  it('refuses to start an intake for a patient that does not exist', async () => {
    const { api } = openTestCore()
    const result = await api.intakes.start({ patientId: 999 })
    expect(result).toMatchObject({ ok: false, error: { kind: 'not_found' } })
  })

  it('saves a draft exactly as typed, even values that would not pass yet', async () => {
    const { api, intake } = await startIntake()
    const values = { painNow: '11', notes: 'typed while the phone rang', painSites: ['foot_left'] }
    const saved = expectOk(
      await api.intakes.saveDraft({ id: intake.id, version: 1, step: 'pain', values }),
    )
    expect(saved.version).toBe(2)
    const reread = expectOk(await api.intakes.get({ id: intake.id })).intake
    expect(reread).toMatchObject({ values, step: 'pain', version: 2 })
  })

  it('refuses a stale draft save instead of overwriting newer work', async () => {
    const { api, intake } = await startIntake()
    expectOk(
      await api.intakes.saveDraft({
        id: intake.id,
        version: 1,
        step: 'a',
        values: { notes: 'newer' },
      }),
    )
    const stale = await api.intakes.saveDraft({ id: intake.id, version: 1, step: 'a', values: {} })
    expect(stale).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    expect(expectOk(await api.intakes.get({ id: intake.id })).intake.values).toEqual({
      notes: 'newer',
    })
  })

  it('lists open drafts, newest first, and forgets a discarded one', async () => {
    const { api, intake } = await startIntake()
    const drafts = expectOk(await api.intakes.listDrafts({})).drafts
    expect(drafts.map((d) => d.id)).toEqual([intake.id])
    expect(drafts[0]?.patient.familyName).toBe('Example')
    expectOk(await api.intakes.discardDraft({ id: intake.id, version: 1 }))
    expect(expectOk(await api.intakes.listDrafts({})).drafts).toEqual([])
  })

  it('rejects invalid answers at submit with the field named, and keeps the draft', async () => {
    const { api, intake } = await startIntake()
    const result = await api.intakes.submit({
      id: intake.id,
      version: 1,
      answers: { painNow: 11 } as never,
    })
    expect(result.ok).toBe(false)
    if (result.ok || result.error.kind !== 'validation') throw new Error('expected validation')
    expect(result.error.issues[0]?.path).toEqual(['answers', 'painNow'])
    expect(expectOk(await api.intakes.get({ id: intake.id })).intake.status).toBe('draft')
  })

  it('stores the answers, the assessment with its engine version, and then is read-only', async () => {
    const { api, core, intake } = await startIntake()
    const submitted = expectOk(
      await api.intakes.submit({ id: intake.id, version: 1, answers: p02 as never }),
    ).intake
    expect(submitted.status).toBe('submitted')
    expect(submitted.submittedAt).toBe('2026-11-26T10:00:00.000Z')
    expect(submitted.submittedByName).toBe('Test front_desk')
    expect(submitted.answers).toEqual(p02)
    expect(submitted.assessment?.engineVersion).toMatch(/^\d+\.\d+\.\d+$/)
    const likely = submitted.assessment?.causes.filter((c) => c.tier === 'likely').map((c) => c.id)
    expect(likely).toEqual(expect.arrayContaining(['disc_herniation', 'sciatica']))

    const flagged = core.db
      .prepare("SELECT cause_id FROM intake_causes WHERE intake_id = ? AND tier = 'likely'")
      .all(intake.id)
    expect(flagged).toEqual(
      expect.arrayContaining([{ cause_id: 'disc_herniation' }, { cause_id: 'sciatica' }]),
    )
    const row = core.db
      .prepare('SELECT highest_urgency, urgency_rank, pain_worst_week FROM intakes WHERE id = ?')
      .get(intake.id)
    expect(row).toEqual({ highest_urgency: 'soon', urgency_rank: 2, pain_worst_week: 8 })

    const edit = await api.intakes.saveDraft({ id: intake.id, version: 2, step: 'x', values: {} })
    expect(edit).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    const again = await api.intakes.submit({
      id: intake.id,
      version: 2,
      answers: withScreeningRecorded({}),
    })
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict' } })
  })

  it('gives the patient history with pain scores, submitted intakes only', async () => {
    const { api, patient, intake } = await startIntake()
    expectOk(
      await api.intakes.submit({
        id: intake.id,
        version: 1,
        answers: withScreeningRecorded({ painNow: 4, painWorstWeek: 6 }),
      }),
    )
    expectOk(await api.intakes.start({ patientId: patient.id }))
    const history = expectOk(await api.intakes.historyForPatient({ patientId: patient.id })).intakes
    expect(history).toEqual([
      expect.objectContaining({ id: intake.id, status: 'submitted', painNow: 4, painWorstWeek: 6 }),
    ])
  })
})
