// A clinician who pasted a long note (from a letter, another system) into the review had it cut
// at the box's maxlength without a word: the tail was lost. The boxes now keep every character,
// say at once that the text is too long (with its length and the door's limit), hold back the
// autosave (the server would refuse it again and again) while saying so and which field, save as
// soon as the text is shortened, and refuse sign-off with the same message, moving to the field.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Mock } from 'vitest'
import { useReviewEditorStore } from '../../../src/renderer/src/features/review/reviewEditorStore'
import { causeDefinition } from '../../../src/shared/clinical/assessment'
import type { SaveReviewDraft } from '../../../src/shared/review/review'
import { ok, settle } from '../intake/support'
import { supportDialogs } from '../enteredInError/dialogSupport'
import { openNewReview, submittedIntake } from './openNewReview'
import { inProgressReview } from './reviewFixtures'

beforeAll(supportDialogs)
afterEach(() => {
  useReviewEditorStore().$dispose()
  document.body.innerHTML = ''
})

const { intake, flagged, firstCause } = submittedIntake()
const causeName = causeDefinition(firstCause).name

/** A letter pasted whole: 20,050 characters, the last ones different so a cut would show. */
const LETTER = `${'Seen in clinic. '.repeat(1_253)}END OF LETTER`.slice(-20_050)
// Autosave waits 600 ms after the last change; this is well past it.
const PAST_AUTOSAVE = 1_500

async function openReview() {
  const saveDraft: Mock = vi.fn(async (input: SaveReviewDraft) =>
    ok({
      ...inProgressReview({
        intakeId: intake.id,
        clinicalNote: input.clinicalNote,
        engineVersion: '1.1.0',
      }),
      decisions: input.decisions,
      version: (input.version ?? 0) + 1,
    }),
  )
  const signOff = vi.fn()
  const mounted = await openNewReview(saveDraft, signOff)
  return { ...mounted, saveDraft, signOff }
}

type Wrapper = Awaited<ReturnType<typeof openReview>>['wrapper']
const valueOf = (wrapper: Wrapper, selector: string) =>
  (wrapper.get(selector).element as HTMLTextAreaElement).value
const saveStatus = (wrapper: Wrapper) => wrapper.get('[data-testid="review-save-status"]').text()
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const noteBox = '#clinical-note'
const decisionNoteBox = `#decision-${firstCause}-note`

describe('a long clinical note pasted into the review', () => {
  it('keeps every character, says it is too long, sends nothing until shortened, then saves', async () => {
    const { wrapper, saveDraft } = await openReview()
    // A browser cuts a paste at a box's maxlength without a word: the box has none.
    expect(wrapper.get(noteBox).attributes('maxlength')).toBeUndefined()

    await wrapper.get(noteBox).setValue(LETTER)
    expect(valueOf(wrapper, noteBox)).toBe(LETTER)
    expect(wrapper.get('#clinical-note-error').text()).toBe(
      'The clinical note is 20,050 characters long; it can be at most 20,000. Shorten it, then save. Nothing you typed has been removed.',
    )
    expect(wrapper.get(noteBox).attributes('aria-invalid')).toBe('true')
    expect(saveStatus(wrapper)).toBe(
      'Not saved: the clinical note is too long. Everything you typed is kept on this screen; shorten it and the review saves at once.',
    )
    // Something else chosen meanwhile is kept too, and nothing goes while the note is too long.
    await wrapper.get(`input[name="decision-${firstCause}-decision"][value="open"]`).setValue(true)
    await pause(PAST_AUTOSAVE)
    expect(saveDraft).not.toHaveBeenCalled()
    expect(valueOf(wrapper, noteBox)).toBe(LETTER)

    const shortened = LETTER.slice(0, 20_000)
    await wrapper.get(noteBox).setValue(shortened)
    expect(wrapper.find('#clinical-note-error').exists()).toBe(false)
    await vi.waitFor(() => expect(saveDraft).toHaveBeenCalledTimes(1))
    expect(saveDraft).toHaveBeenCalledWith(
      expect.objectContaining({
        clinicalNote: shortened,
        decisions: [{ causeId: firstCause, decision: 'open', note: '' }],
      }),
    )
    await vi.waitFor(() => expect(saveStatus(wrapper)).toBe('All changes saved.'))
    // At the limit, the count shows quietly.
    expect(wrapper.get('#clinical-note-count').text()).toBe('20,000 of 20,000 characters')
  })

  it('holds back a save planned before the paste, too', async () => {
    const { wrapper, saveDraft } = await openReview()
    await wrapper.get(noteBox).setValue('Walks in guarded.')
    await wrapper.get(noteBox).setValue(LETTER)
    await pause(PAST_AUTOSAVE)
    expect(saveDraft).not.toHaveBeenCalled()
    await wrapper.get(noteBox).setValue('Walks in guarded.')
    await vi.waitFor(() =>
      expect(saveDraft).toHaveBeenCalledWith(
        expect.objectContaining({ clinicalNote: 'Walks in guarded.' }),
      ),
    )
  })
})

describe('a long decision note pasted into the review', () => {
  it('keeps every character, names the note in the save line, and saves once shortened', async () => {
    const { wrapper, saveDraft } = await openReview()
    expect(wrapper.get(decisionNoteBox).attributes('maxlength')).toBeUndefined()

    await wrapper.get(decisionNoteBox).setValue(LETTER)
    expect(valueOf(wrapper, decisionNoteBox)).toBe(LETTER)
    expect(wrapper.get(`#decision-${firstCause}-note-error`).text()).toBe(
      `The note on ${causeName} is 20,050 characters long; it can be at most 2,000. Shorten it, then save. Nothing you typed has been removed.`,
    )
    expect(saveStatus(wrapper)).toBe(
      `Not saved: the note on ${causeName} is too long. Everything you typed is kept on this screen; shorten it and the review saves at once.`,
    )
    await wrapper.get(noteBox).setValue('Walks in guarded.')
    await pause(PAST_AUTOSAVE)
    expect(saveDraft).not.toHaveBeenCalled()

    await wrapper.get(decisionNoteBox).setValue('Straight leg raise positive.')
    await vi.waitFor(() => expect(saveDraft).toHaveBeenCalledTimes(1))
    expect(saveDraft).toHaveBeenCalledWith(
      expect.objectContaining({
        clinicalNote: 'Walks in guarded.',
        decisions: [{ causeId: firstCause, decision: null, note: 'Straight leg raise positive.' }],
      }),
    )
  })
})

describe('signing off with a note too long', () => {
  it('is refused with the same message, the focus on the note, and nothing sent', async () => {
    const { wrapper, saveDraft, signOff } = await openReview()
    for (const causeId of flagged) {
      await wrapper.get(`input[name="decision-${causeId}-decision"][value="open"]`).setValue(true)
    }
    await wrapper.get(decisionNoteBox).setValue(LETTER)
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Sign off…')!
      .trigger('click')
    await settle()

    const refusal = wrapper.get('[data-testid="sign-off-too-long"]')
    expect(refusal.attributes('role')).toBe('alert')
    expect(refusal.text()).toBe(wrapper.get(`#decision-${firstCause}-note-error`).text())
    expect(document.activeElement).toBe(wrapper.get(decisionNoteBox).element)
    expect(wrapper.get('dialog').attributes('open')).toBeUndefined()
    expect(signOff).not.toHaveBeenCalled()
    expect(saveDraft).not.toHaveBeenCalled()
    expect(valueOf(wrapper, decisionNoteBox)).toBe(LETTER)

    // Shortened, the refusal goes and sign-off can be asked for.
    await wrapper.get(decisionNoteBox).setValue('Straight leg raise positive.')
    expect(wrapper.find('[data-testid="sign-off-too-long"]').exists()).toBe(false)
  })

  it('moves to the clinical note when that is the field too long', async () => {
    const { wrapper, signOff } = await openReview()
    for (const causeId of flagged) {
      await wrapper.get(`input[name="decision-${causeId}-decision"][value="open"]`).setValue(true)
    }
    await wrapper.get(noteBox).setValue(LETTER)
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Sign off…')!
      .trigger('click')
    await settle()
    expect(wrapper.get('[data-testid="sign-off-too-long"]').text()).toBe(
      'The clinical note is 20,050 characters long; it can be at most 20,000. Shorten it, then save. Nothing you typed has been removed.',
    )
    expect(document.activeElement).toBe(wrapper.get(noteBox).element)
    expect(signOff).not.toHaveBeenCalled()
  })
})

describe('a long diagnosis pasted beyond the flags', () => {
  it('keeps every character, says it is too long and sends nothing until shortened', async () => {
    const { wrapper, saveDraft } = await openReview()
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Add another diagnosis')!
      .trigger('click')
    const box = wrapper.get('#sign-off-other-0')
    expect(box.attributes('maxlength')).toBeUndefined()
    const diagnosis = 'Hip labral tear, right, confirmed on MR arthrogram. '.repeat(5)
    await box.setValue(diagnosis)
    expect(valueOf(wrapper, '#sign-off-other-0')).toBe(diagnosis)
    expect(wrapper.get('#sign-off-other-0-error').text()).toBe(
      'The other diagnosis is 260 characters long; it can be at most 200. Shorten it, then save. Nothing you typed has been removed.',
    )
    expect(saveStatus(wrapper)).toContain('Not saved: the other diagnosis is too long.')
    await pause(PAST_AUTOSAVE)
    expect(saveDraft).not.toHaveBeenCalled()

    await box.setValue('Hip labral tear, right')
    await vi.waitFor(() =>
      expect(saveDraft).toHaveBeenCalledWith(
        expect.objectContaining({ otherDiagnoses: [{ text: 'Hip labral tear, right', note: '' }] }),
      ),
    )
  })
})

describe('leaving a review whose note is too long to be saved', () => {
  it('asks first; staying keeps every character, for the worklist and for another review', async () => {
    const { router, wrapper } = await openReview()
    await wrapper.get(noteBox).setValue(LETTER)
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false)

    await router.push('/worklist')
    await settle()
    expect(confirm).toHaveBeenCalledWith(
      'Part of this review is too long to be saved, so your latest changes are not saved. Leave this review anyway? They may be lost. Choose Cancel to stay and shorten it.',
    )
    expect(router.currentRoute.value.path).toBe(`/review/${intake.id}`)
    expect(valueOf(wrapper, noteBox)).toBe(LETTER)

    await router.push(`/review/${intake.id + 1}`)
    await settle()
    expect(confirm).toHaveBeenCalledTimes(2)
    expect(router.currentRoute.value.path).toBe(`/review/${intake.id}`)
    expect(valueOf(wrapper, noteBox)).toBe(LETTER)
    confirm.mockRestore()
  })
})
