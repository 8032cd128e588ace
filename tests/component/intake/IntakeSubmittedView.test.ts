import { afterEach, describe, expect, it, vi } from 'vitest'
import IntakeDraftsView from '../../../src/renderer/src/features/intake/IntakeDraftsView.vue'
import IntakeSubmittedView from '../../../src/renderer/src/features/intake/IntakeSubmittedView.vue'
import { assess } from '../../../src/shared/clinical/assess'
import type { Answers } from '../../../src/shared/intake/answers'
import { draftIntake, mountIntakeScreen, ok, settle, testPatient } from './support'

afterEach(() => {
  document.body.innerHTML = ''
})

const answers: Answers = {
  painSites: ['low_back_left', 'buttock_left', 'thigh_back_left', 'below_knee_left'],
  legPainVsBackPain: 'leg_worse',
  painQuality: ['shooting'],
  worseWith: ['cough_sneeze_strain', 'sitting'],
  numbnessOrTingling: 'one_leg',
  saddleNumbness: true,
}

describe('submitted intake', () => {
  it('shows red flags and flagged causes with their evidence, under the disclaimer', async () => {
    const assessment = assess({ ageYears: 41, sex: 'male' }, answers)
    const intake = draftIntake({
      status: 'submitted',
      answers,
      assessment,
      submittedAt: '2026-11-26T10:00:00.000Z',
      submittedBy: 1,
      submittedByName: 'Fran Frontdesk',
    })
    const get = vi.fn(async () => ok({ intake, patient: testPatient }))
    const { wrapper } = await mountIntakeScreen(IntakeSubmittedView, {
      api: { intakes: { get } },
      props: { intakeId: 5 },
      path: '/intakes/5/summary',
    })
    await settle()
    expect(wrapper.find('h1').text()).toBe('Submitted intake: Example, Testy')
    expect(wrapper.text()).toContain('by Fran Frontdesk')
    expect(wrapper.find('#flags-title').text()).toBe('Flags for clinician review, not a diagnosis')
    expect(wrapper.find('[data-testid="emergency-banner"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="red-flags"]').text()).toContain(
      'Possible cauda equina syndrome',
    )
    const disc = wrapper.find('[data-cause="disc_herniation"]')
    const discResult = assessment.causes.find((c) => c.id === 'disc_herniation')
    expect(discResult && discResult.tier !== 'unlikely').toBe(true)
    expect(disc.text()).toContain('Herniated or bulging disc')
    for (const evidence of discResult?.evidence ?? [])
      expect(disc.text()).toContain(evidence.phrase)
    // Unlikely causes are not listed as flags.
    for (const cause of assessment.causes.filter((c) => c.tier === 'unlikely')) {
      expect(wrapper.find(`[data-cause="${cause.id}"]`).exists()).toBe(false)
    }
    // Read-only: the answers in words, no inputs (the summary's own print options aside).
    const answerInputs = wrapper
      .findAll('input, textarea')
      .filter((input) => !input.element.closest('.summary-actions'))
    expect(answerInputs).toHaveLength(0)
    expect(wrapper.find('[data-answer="legPainVsBackPain"]').text()).toBe('Leg is worse than back')
  })
})

describe('open intakes', () => {
  it('lists drafts with the step reached and a link that resumes there', async () => {
    const listDrafts = vi.fn(async () =>
      ok({
        drafts: [
          {
            id: 9,
            visitDate: '2026-11-26',
            step: 'nerveSymptoms',
            updatedAt: '2026-11-26T09:30:00.000Z',
            patient: {
              id: testPatient.id,
              givenName: testPatient.givenName,
              familyName: testPatient.familyName,
              dateOfBirth: testPatient.dateOfBirth,
            },
          },
        ],
      }),
    )
    const { wrapper } = await mountIntakeScreen(IntakeDraftsView, {
      api: { intakes: { listDrafts } },
      path: '/intakes/drafts',
    })
    await settle()
    const row = wrapper.find('tbody tr')
    expect(row.find('th').text()).toBe('Example, Testy')
    expect(row.text()).toContain('Nerve symptoms')
    const resume = row.find('a')
    expect(resume.attributes('href')).toBe('/intakes/9/nerve-symptoms')
    expect(resume.attributes('aria-label')).toBe('Resume intake for Example, Testy')
  })

  it('says when there are none', async () => {
    const listDrafts = vi.fn(async () => ok({ drafts: [] }))
    const { wrapper } = await mountIntakeScreen(IntakeDraftsView, {
      api: { intakes: { listDrafts } },
      path: '/intakes/drafts',
    })
    await settle()
    expect(wrapper.text()).toContain('No open intakes.')
  })
})
