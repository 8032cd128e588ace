import { afterEach, describe, expect, it, vi } from 'vitest'
import IntakeFormView from '../../../src/renderer/src/features/intake/IntakeFormView.vue'
import { QUESTIONNAIRE } from '../../../src/shared/intake/questionnaire'
import { intakeTexts } from '../../../src/shared/i18n/en/intake'
import { draftIntake, fakeIntakes, mountIntakeScreen, ok, settle, testPatient } from './support'

afterEach(() => {
  document.body.innerHTML = ''
})

async function openStep(slug: string, intake = draftIntake()) {
  const fake = fakeIntakes(intake)
  const mounted = await mountIntakeScreen(IntakeFormView, {
    api: fake.api,
    props: { intakeId: intake.id, stepSlug: slug },
    path: `/intakes/${intake.id}/${slug}`,
  })
  await settle()
  return { ...mounted, fake }
}

describe('intake form steps', () => {
  it.each(QUESTIONNAIRE.filter((step) => step.id !== 'review').map((step) => [step.slug, step]))(
    'step %s shows its title, the progress and every question with a visible label',
    async (slug, step) => {
      const { wrapper } = await openStep(slug)
      const index = QUESTIONNAIRE.indexOf(step)
      expect(wrapper.find('h1').text()).toBe(intakeTexts.steps[step.id].title)
      expect(wrapper.text()).toContain(`Step ${index + 1} of ${QUESTIONNAIRE.length}`)
      expect(wrapper.find('[aria-current="step"]').text()).toContain(
        intakeTexts.steps[step.id].title,
      )
      for (const question of step.questions) {
        const container = wrapper.find(`#question-${question.key}`)
        expect(container.exists(), question.key).toBe(true)
        // A box is labelled by its <label for>; a group by its legend or heading.
        const isBox = ['INPUT', 'TEXTAREA'].includes(container.element.tagName)
        const label = isBox ? wrapper.find(`label[for="question-${question.key}"]`) : container
        expect(label.text()).toContain(intakeTexts.questions[question.key].label)
      }
      // Focus goes to the step heading so Tab continues at the first question.
      expect(document.activeElement).toBe(wrapper.find('h1').element)
    },
  )

  it('shows the patient it belongs to', async () => {
    const { wrapper } = await openStep('pain-map')
    // In the sticky context bar (issue 13), so it stays in view at every scroll position.
    const banner = wrapper.get('[data-testid="context-bar"] [data-testid="patient-banner"]')
    expect(banner.text()).toContain('Example, Testy')
    expect(banner.text()).toContain('age 41')
  })

  it('autosaves a change within a second, exactly as typed, with the step', async () => {
    const { wrapper, fake } = await openStep('onset-course')
    await wrapper.find('#question-durationWeeks').setValue('abc')
    expect(wrapper.find('[data-testid="save-status"]').text()).toBe('Saving…')
    await vi.waitFor(() => expect(fake.saveDraft).toHaveBeenCalledTimes(1), { timeout: 1000 })
    expect(fake.saveDraft).toHaveBeenCalledWith({
      id: 5,
      version: 1,
      step: 'onsetCourse',
      values: { durationWeeks: 'abc' },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="save-status"]').text()).toBe('Saved'))
    // The box still shows what was typed.
    expect((wrapper.find('#question-durationWeeks').element as HTMLInputElement).value).toBe('abc')
  })

  it('says so when the draft was changed elsewhere, and stops saving over it', async () => {
    const { wrapper, fake } = await openStep('hip-symptoms')
    fake.bumpVersionElsewhere()
    await wrapper.find('#question-hipGivingWay-0').setValue(true)
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="save-status"]').text()).toContain(
        'changed in another window',
      ),
    )
    const reload = wrapper.findAll('button').find((b) => b.text() === 'Reload newest copy')
    expect(reload).toBeDefined()
    await wrapper.find('#question-hipGivingWay-1').setValue(true)
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(fake.saveDraft).toHaveBeenCalledTimes(1)
  })

  it('says why a save was refused and keeps the answer on screen', async () => {
    const fake = fakeIntakes(draftIntake())
    const saveDraft = vi.fn(async () => ({
      ok: false as const,
      error: {
        kind: 'unauthenticated' as const,
        reason: 'locked' as const,
        message: 'The server says so in English, which the screen does not show.',
      },
    }))
    const { wrapper } = await mountIntakeScreen(IntakeFormView, {
      api: { intakes: { ...fake.api.intakes, saveDraft } },
      props: { intakeId: 5, stepSlug: 'hip-symptoms' },
      path: '/intakes/5/hip-symptoms',
    })
    await settle()
    await wrapper.find('#question-hipGivingWay-0').setValue(true)
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="save-status"]').text()).toBe(
        'Not saved yet: The screen is locked. Trying again…',
      ),
    )
    expect((wrapper.find('#question-hipGivingWay-0').element as HTMLInputElement).checked).toBe(
      true,
    )
  })

  it('reopens a draft with its answers, a bad number still shown with its message', async () => {
    const { wrapper } = await openStep(
      'onset-course',
      draftIntake({ values: { onset: 'gradual', durationWeeks: '12,5x' }, step: 'onsetCourse' }),
    )
    const gradual = wrapper.find('#question-onset-1').element as HTMLInputElement
    expect(gradual.checked).toBe(true)
    expect((wrapper.find('#question-durationWeeks').element as HTMLInputElement).value).toBe(
      '12,5x',
    )
    expect(wrapper.find('#question-durationWeeks-error').text()).toContain('number of weeks')
    expect(wrapper.find('[aria-current="step"]').text()).toContain('needs correcting')
  })

  it('raises the emergency banner the moment saddle numbness is answered yes', async () => {
    const { wrapper } = await openStep('nerve-symptoms')
    expect(wrapper.find('[data-testid="emergency-banner"]').exists()).toBe(false)
    await wrapper.find('#question-saddleNumbness-0').setValue(true)
    const banner = wrapper.find('[data-testid="emergency-banner"]')
    expect(banner.exists()).toBe(true)
    expect(banner.attributes('role')).toBe('alert')
    expect(banner.text()).toContain('Emergency: get a clinician now')
    expect(banner.text()).toContain('Possible cauda equina syndrome')
  })

  it('shows the banner on other steps of an intake with an emergency answer', async () => {
    const { wrapper } = await openStep('pain-map', draftIntake({ values: { bladderChange: true } }))
    expect(wrapper.find('[data-testid="emergency-banner"]').exists()).toBe(true)
  })

  it('shows urgent flags as a calmer notice, not an alert', async () => {
    const { wrapper } = await openStep(
      'general-health',
      draftIntake({ values: { historyOfCancer: true } }),
    )
    expect(wrapper.find('[data-testid="emergency-banner"]').exists()).toBe(false)
    const notice = wrapper.find('.flag-banner--urgent')
    expect(notice.attributes('role')).toBe('status')
    expect(notice.text()).toContain('For the clinician')
  })

  it('moves to the next step on Enter, but not from a text area', async () => {
    const { wrapper, router } = await openStep('function-care')
    await wrapper.find('#question-notes').trigger('keydown', { key: 'Enter' })
    await settle()
    expect(router.currentRoute.value.path).toBe('/intakes/5/function-care')
    await wrapper.find('#question-medications').trigger('keydown', { key: 'Enter' })
    await settle()
    expect(router.currentRoute.value.path).toBe('/intakes/5/review')
  })

  it('moves back and forth with the buttons', async () => {
    const { wrapper, router } = await openStep('onset-course')
    const buttons = wrapper.findAll('.intake__actions button')
    expect(buttons.map((b) => b.text())).toEqual(['Back', 'Next: Better or worse'])
    await buttons[0]?.trigger('click')
    await settle()
    expect(router.currentRoute.value.path).toBe('/intakes/5/pain-pattern')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(router.currentRoute.value.path).toBe('/intakes/5/better-worse')
  })

  it('opens a submitted intake read-only, on its summary', async () => {
    const fake = fakeIntakes(draftIntake({ status: 'submitted' }))
    const { router } = await mountIntakeScreen(IntakeFormView, {
      api: fake.api,
      props: { intakeId: 5, stepSlug: 'pain-map' },
      path: '/intakes/5/pain-map',
    })
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/intakes/5/summary'))
  })
})

describe('review step', () => {
  it('lists unanswered questions, those that sharpen the assessment first', async () => {
    const { wrapper } = await openStep(
      'review',
      draftIntake({
        values: {
          painSites: ['low_back_left', 'below_knee_left'],
          legPainVsBackPain: 'leg_worse',
        },
      }),
    )
    const texts = (selector: string) => wrapper.findAll(selector).map((li) => li.text())
    const screening = texts('[data-testid="screening-required"] li')
    const redFlags = texts('[data-testid="red-flag-gaps"] li')
    const sharpen = texts('[data-testid="sharpen-list"] li')
    const other = texts('[data-testid="other-unanswered-list"] li')
    expect(sharpen.length).toBeGreaterThan(0)
    // The cauda equina questions come first, on their own: submit waits for them (issue 13).
    expect(screening).toHaveLength(4)
    expect(screening.join(' ')).toContain('between your legs')
    expect(redFlags.length).toBeGreaterThan(0)
    expect(sharpen).not.toContain(intakeTexts.questions.painSites.label)
    expect(other).not.toContain(intakeTexts.questions.legPainVsBackPain.label)
    // Every unanswered question is listed once.
    const all = [...screening, ...redFlags, ...sharpen, ...other]
    expect(all.length).toBe(QUESTIONNAIRE.flatMap((s) => s.questions).length - 2)
    expect(new Set(all).size).toBe(all.length)
  })

  it('lists answers in words and blocks submit while an answer needs correcting', async () => {
    const { wrapper } = await openStep(
      'review',
      draftIntake({ values: { painNow: 7, fever: false, ageAtFirstBackPain: 'thirty' } }),
    )
    expect(wrapper.find('[data-answer="painNow"]').text()).toBe('7 / 10')
    expect(wrapper.find('[data-answer="fever"]').text()).toBe('No')
    expect(wrapper.text()).toContain('Correct these answers before submitting')
    const submit = wrapper.findAll('button').find((b) => b.text() === 'Submit intake')
    expect(submit?.attributes('disabled')).toBeDefined()
  })

  it('submits the valid answers and opens the submitted view', async () => {
    const screened = {
      saddleNumbness: false,
      bladderChange: false,
      bowelChange: false,
      sexualFunctionChange: false,
    }
    const fake = fakeIntakes(draftIntake({ values: { painNow: 7, notes: ' x ', ...screened } }))
    const submit = vi.fn(async (input: { id: number; version: number }) =>
      ok({
        intake: draftIntake({ status: 'submitted', version: input.version + 1 }),
        patient: testPatient,
      }),
    )
    const { wrapper, router } = await mountIntakeScreen(IntakeFormView, {
      api: { intakes: { ...fake.api.intakes, submit } },
      props: { intakeId: 5, stepSlug: 'review' },
      path: '/intakes/5/review',
    })
    await settle()
    // Other red-flag questions are still open: one explicit confirmation lets submit go ahead.
    await wrapper.get('[data-testid="submit-without-them"]').setValue(true)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Submit intake')
      ?.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/intakes/5/summary'))
    // The step change was saved first, so submit names the newest version.
    expect(fake.current()).toMatchObject({ step: 'review', version: 2 })
    expect(submit).toHaveBeenCalledWith({
      id: 5,
      version: 2,
      answers: { painNow: 7, notes: 'x', ...screened },
    })
  })
})
