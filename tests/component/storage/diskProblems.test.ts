// A full (or read-only) disk makes a save fail with the error kind `storage`. Wherever staff
// save, the screen says so prominently (role="alert", the server's words), keeps everything
// typed on screen, and autosave keeps retrying until the save goes through.
import { afterEach, describe, expect, it, vi } from 'vitest'
import IntakeFormView from '../../../src/renderer/src/features/intake/IntakeFormView.vue'
import { useIntakeSessionStore } from '../../../src/renderer/src/features/intake/intakeSessionStore'
import PatientFormView from '../../../src/renderer/src/features/patients/PatientFormView.vue'
import { draftIntake, fakeIntakes, ok, settle } from '../intake/support'
import { openNewReview, submittedIntake } from '../review/openNewReview'
import { inProgressReview } from '../review/reviewFixtures'
import { mountWithApp } from '../support/mountWithApp'

const DISK_FULL = {
  ok: false as const,
  error: {
    kind: 'storage' as const,
    reason: 'disk_full' as const,
    message:
      "The disk is full; nothing you entered has been lost. Free space on the drive that holds the app's data folder and try again.",
  },
}
// Autosave waits this long before trying a failed save again.
const RETRY_WAIT = { timeout: 6000 }

afterEach(() => {
  document.body.innerHTML = ''
})

const alertOf = (wrapper: { find(s: string): { exists(): boolean; text(): string } }) =>
  wrapper.find('[data-testid="storage-problem"][role="alert"]')

describe('a full disk while saving', () => {
  it('intake: says so prominently, keeps the answers, and autosave retries until saved', async () => {
    const fake = fakeIntakes(draftIntake())
    const saveDraft = vi.fn().mockResolvedValueOnce(DISK_FULL).mockImplementation(fake.saveDraft)
    const { wrapper } = await mountWithApp(IntakeFormView, {
      api: { intakes: { ...fake.api.intakes, saveDraft } },
      props: { intakeId: 5, stepSlug: 'onset-course' },
      path: '/intakes/5/onset-course',
    })
    await settle()
    await wrapper.find('#question-durationWeeks').setValue('6')
    await vi.waitFor(() => expect(alertOf(wrapper).exists()).toBe(true))
    expect(alertOf(wrapper).text()).toContain(
      'The disk is full; nothing you entered has been lost.',
    )
    expect(alertOf(wrapper).text()).toContain('the app keeps trying to save it')
    expect(wrapper.find('[data-testid="save-status"]').text()).toContain('Not saved yet')
    expect((wrapper.find('#question-durationWeeks').element as HTMLInputElement).value).toBe('6')

    await vi.waitFor(() => expect(saveDraft).toHaveBeenCalledTimes(2), RETRY_WAIT)
    expect(saveDraft).toHaveBeenLastCalledWith(
      expect.objectContaining({ values: { durationWeeks: '6' } }),
    )
    await vi.waitFor(() => expect(wrapper.find('[data-testid="save-status"]').text()).toBe('Saved'))
    expect(alertOf(wrapper).exists()).toBe(false)
  })

  it('intake: reopening the draft before the save went through keeps what was typed', async () => {
    const fake = fakeIntakes(draftIntake())
    const saveDraft = vi.fn().mockResolvedValue(DISK_FULL)
    const { wrapper } = await mountWithApp(IntakeFormView, {
      api: { intakes: { ...fake.api.intakes, saveDraft } },
      props: { intakeId: 5, stepSlug: 'onset-course' },
      path: '/intakes/5/onset-course',
    })
    await settle()
    await wrapper.find('#question-durationWeeks').setValue('6')
    await vi.waitFor(() => expect(saveDraft).toHaveBeenCalledTimes(1))
    await settle()
    // Staff look at another screen and come back: the intake is opened again.
    const session = useIntakeSessionStore()
    await session.load(5)
    expect(session.values).toEqual({ durationWeeks: '6' })
    expect(session.hasUnsavedChanges()).toBe(true)
    wrapper.unmount()
  })

  it('patient form: says so prominently and keeps every box as typed', async () => {
    const findDuplicates = vi.fn(async () => ok({ patients: [] }))
    const create = vi.fn(async () => DISK_FULL)
    const { wrapper, router } = await mountWithApp(PatientFormView, {
      api: { patients: { create, findDuplicates } },
      path: '/patients/new',
    })
    await wrapper.find('#given-name').setValue('Testy')
    await wrapper.find('#family-name').setValue('Example')
    await wrapper.find('#date-of-birth').setValue('1970-01-01')
    await wrapper.find('#sex').setValue('female')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(create).toHaveBeenCalledTimes(1)
    expect(alertOf(wrapper).text()).toContain(
      'The disk is full; nothing you entered has been lost.',
    )
    expect(alertOf(wrapper).text()).toContain('Once the problem is fixed, save again.')
    expect((wrapper.find('#given-name').element as HTMLInputElement).value).toBe('Testy')
    expect((wrapper.find('#date-of-birth').element as HTMLInputElement).value).toBe('1970-01-01')
    expect(router.currentRoute.value.path).toBe('/patients/new')
  })

  it('review: says so prominently, keeps the note, and autosave retries until saved', async () => {
    const { intake, assessment } = submittedIntake()
    const savedReview = (clinicalNote: string) =>
      inProgressReview({
        intakeId: intake.id,
        clinicalNote,
        engineVersion: assessment.engineVersion,
      })
    const saveDraft = vi
      .fn()
      .mockResolvedValueOnce(DISK_FULL)
      .mockImplementation(async (input: { clinicalNote: string }) =>
        ok(savedReview(input.clinicalNote)),
      )
    const { wrapper } = await openNewReview(saveDraft)
    await wrapper.find('#clinical-note').setValue('Walks in guarded.')
    await vi.waitFor(() => expect(alertOf(wrapper).exists()).toBe(true))
    expect(alertOf(wrapper).text()).toContain(
      'The disk is full; nothing you entered has been lost.',
    )
    expect(wrapper.find('[data-testid="review-save-status"]').text()).toContain('disk')
    expect((wrapper.find('#clinical-note').element as HTMLTextAreaElement).value).toBe(
      'Walks in guarded.',
    )
    await vi.waitFor(() => expect(saveDraft).toHaveBeenCalledTimes(2), RETRY_WAIT)
    expect(saveDraft).toHaveBeenLastCalledWith(
      expect.objectContaining({ clinicalNote: 'Walks in guarded.' }),
    )
    await vi.waitFor(() => expect(alertOf(wrapper).exists()).toBe(false))
  })
})
