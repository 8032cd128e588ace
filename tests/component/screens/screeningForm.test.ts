// Issue 13, item 2 (the form's side): the four cauda equina questions offer "Patient could not
// answer", recorded beside the answers; submit waits until each is answered or so marked; other
// open red-flag questions need one explicit confirmation; a refusal from the door is worded by its
// issue codes, naming each question, never as the server's English.
import { afterEach, describe, expect, it, vi } from 'vitest'
import IntakeFormView from '../../../src/renderer/src/features/intake/IntakeFormView.vue'
import { draftIntake, fakeIntakes, mountIntakeScreen, settle } from '../intake/support'

afterEach(() => {
  document.body.innerHTML = ''
})

async function openStep(slug: string, intake = draftIntake(), submit = vi.fn()) {
  const fake = fakeIntakes(intake)
  const mounted = await mountIntakeScreen(IntakeFormView, {
    api: { intakes: { ...fake.api.intakes, submit } },
    props: { intakeId: 5, stepSlug: slug },
    path: `/intakes/5/${slug}`,
  })
  await settle()
  return { ...mounted, fake }
}

const submitButton = (wrapper: Awaited<ReturnType<typeof openStep>>['wrapper']) =>
  wrapper.findAll('button').find((b) => b.text() === 'Submit intake')

describe('cauda equina screening in the form', () => {
  it('records "patient could not answer" beside the answers, never as an answer', async () => {
    const { wrapper, fake } = await openStep('nerve-symptoms')
    const group = wrapper.get('#question-bowelChange')
    expect(group.findAll('label').map((l) => l.text())).toEqual([
      'Yes',
      'No',
      'Patient could not answer',
    ])
    await group.findAll('input')[2]?.setValue(true)
    await vi.waitFor(() => expect(fake.saveDraft).toHaveBeenCalled(), { timeout: 2000 })
    expect(fake.current().values).toEqual({ screeningCouldNotAnswer: ['bowelChange'] })
    // Answering after all replaces the record.
    await group.findAll('input')[1]?.setValue(true)
    await vi.waitFor(() => expect(fake.current().values).toEqual({ bowelChange: false }), {
      timeout: 3000,
    })
  })

  it('will not submit with a screening question open, and names each one', async () => {
    const { wrapper } = await openStep(
      'review',
      draftIntake({ values: { painNow: 3, saddleNumbness: false, bladderChange: false } }),
    )
    const box = wrapper.get('[data-testid="screening-required"]')
    expect(box.findAll('li').map((li) => li.text())).toEqual([
      expect.stringContaining('loss of control of your bowels'),
      expect.stringContaining('during sex'),
    ])
    expect(submitButton(wrapper)?.attributes('disabled')).toBeDefined()
  })

  it('asks once to submit without the other open red-flag questions', async () => {
    const { wrapper } = await openStep(
      'review',
      draftIntake({
        values: {
          saddleNumbness: false,
          bladderChange: false,
          bowelChange: false,
          screeningCouldNotAnswer: ['sexualFunctionChange'],
        },
      }),
    )
    expect(wrapper.find('[data-testid="screening-required"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="red-flag-gaps"]').findAll('li').length).toBeGreaterThan(0)
    expect(submitButton(wrapper)?.attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="submit-without-them"]').setValue(true)
    expect(submitButton(wrapper)?.attributes('disabled')).toBeUndefined()
  })

  it('words a refusal from the door by its codes, one line per question', async () => {
    const refusal = {
      ok: false as const,
      error: {
        kind: 'validation' as const,
        message: 'Some answers need attention.',
        issues: ['bowelChange', 'sexualFunctionChange'].map((key) => ({
          path: ['answers', key],
          message: 'server English',
          code: 'screening_required',
        })),
      },
    }
    const submit = vi.fn(async () => refusal)
    const values = {
      saddleNumbness: false,
      bladderChange: false,
      bowelChange: false,
      sexualFunctionChange: false,
    }
    const { wrapper } = await openStep('review', draftIntake({ values }), submit)
    await wrapper.get('[data-testid="submit-without-them"]').setValue(true)
    await submitButton(wrapper)?.trigger('click')
    await vi.waitFor(() => expect(submit).toHaveBeenCalled())
    await settle()
    const alert = wrapper.get('.review__submit [role="alert"]')
    expect(alert.text()).not.toContain('server English')
    expect(alert.findAll('li').map((li) => li.text())).toEqual([
      expect.stringMatching(/^Ask this before submitting: “Is there any new loss of control/),
      expect.stringMatching(/during sex\?” Answer Yes or No, or choose “Patient could not answer”/),
    ])
  })
})
