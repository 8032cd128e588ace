// Issue 13, item 2: the four cauda equina questions cannot be skipped by accident. The one door
// refuses a submit that leaves any of them neither answered nor marked "patient could not answer",
// naming each; "could not answer" is recorded in the answers, counts as screened, and is still
// unanswered for the engine. Answers stored before the record existed still parse.
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { AnswersSchema } from '../../../src/shared/intake/answers'
import { IntakeSchema } from '../../../src/shared/intake/intakeRecord'
import { expectOk, useTestCore } from '../support/testCore'

const openTestCore = useTestCore({ now: () => new Date('2026-11-26T10:00:00Z') })

async function startIntake() {
  const { api } = openTestCore()
  const patient = expectOk(
    await api.patients.create({
      givenName: 'Screen',
      familyName: 'Example',
      dateOfBirth: '1985-05-01',
      sex: 'female',
    }),
  )
  const started = expectOk(
    await api.intakes.start({ patientId: patient.id, visitDate: '2026-11-26' }),
  )
  return { api, intake: started.intake }
}

describe('cauda equina screening at submit', () => {
  it('refuses a submit with all four unanswered, one field issue per question', async () => {
    const { api, intake } = await startIntake()
    const result = await api.intakes.submit({ id: intake.id, version: 1, answers: { painNow: 4 } })
    if (result.ok || result.error.kind !== 'validation') throw new Error('expected a refusal')
    expect(result.error.issues.map((issue) => issue.path)).toEqual([
      ['answers', 'saddleNumbness'],
      ['answers', 'bladderChange'],
      ['answers', 'bowelChange'],
      ['answers', 'sexualFunctionChange'],
    ])
    expect(result.error.issues.every((issue) => issue.code === 'screening_required')).toBe(true)
    expect(result.error.issues[2]?.message).toContain('loss of control of your bowels')
    // Nothing was submitted: the draft is still there to finish.
    expect(expectOk(await api.intakes.get({ id: intake.id })).intake.status).toBe('draft')
  })

  it('refuses when only one is left open, naming just that one', async () => {
    const { api, intake } = await startIntake()
    const result = await api.intakes.submit({
      id: intake.id,
      version: 1,
      answers: { saddleNumbness: false, bladderChange: false, bowelChange: true },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['answers', 'sexualFunctionChange'] }] },
    })
  })

  it('takes "patient could not answer" as screened, records it, and scores it as unanswered', async () => {
    const { api, intake } = await startIntake()
    const answers = {
      saddleNumbness: false,
      bladderChange: false,
      bowelChange: false,
      screeningCouldNotAnswer: ['sexualFunctionChange' as const],
    }
    const submitted = expectOk(await api.intakes.submit({ id: intake.id, version: 1, answers }))
    expect(submitted.intake.answers).toEqual(answers)
    const { screeningCouldNotAnswer: _recorded, ...withoutRecord } = answers
    expect(submitted.intake.assessment?.redFlags).toEqual(
      assess({ ageYears: 41, sex: 'female' }, withoutRecord).redFlags,
    )
  })

  it('still reads answers stored before "could not answer" existed', () => {
    expect(AnswersSchema.safeParse({ painNow: 3, bladderChange: false }).success).toBe(true)
    const stored = {
      id: 1,
      patientId: 1,
      status: 'submitted',
      visitDate: '2025-01-02',
      step: 'review',
      values: { painNow: 3 },
      answers: { painNow: 3 },
      assessment: null,
      createdAt: 'x',
      updatedAt: 'x',
      submittedAt: 'x',
      submittedBy: null,
      submittedByName: null,
      enteredInError: null,
      version: 2,
    }
    expect(IntakeSchema.safeParse(stored).success).toBe(true)
  })

  it('refuses "could not answer" for a question that is not one of the four', () => {
    expect(AnswersSchema.safeParse({ screeningCouldNotAnswer: ['painNow'] }).success).toBe(false)
  })
})
