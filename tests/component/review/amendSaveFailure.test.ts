// A clinician presses "Save amendment" and the save fails (someone amended meanwhile, the server
// does not answer). The reason used to be said at the top of the amend panel, off screen at
// 1366×768 on a long amendment, so nothing seemed to happen. It is said beside the button, as the
// sign-off panel says its own, announced, with the focus on it (which scrolls it into view), and
// what was typed stays.
import { afterEach, describe, expect, it } from 'vitest'
import type { Review } from '../../../src/shared/review/review'
import { settle } from '../intake/support'
import { submittedIntake } from './openNewReview'
import { signedReview } from './reviewFixtures'
import { closeFakeClinic, openOnFakeClinic } from './fakeClinic'

afterEach(() => closeFakeClinic())

const { intake, flagged } = submittedIntake()
const signed = signedReview({
  intakeId: intake.id,
  decisions: flagged.map((causeId) => ({ causeId, decision: 'open' as const, note: '' })),
  clinicalNote: 'Rest and review.',
})
const REASON = 'MRI result received: no nerve root compression.'

const AMENDED_MEANWHILE = {
  ok: false,
  error: {
    kind: 'conflict',
    message: 'server English',
    code: 'review_amended_meanwhile',
  },
} as const

describe('an amendment whose save fails', () => {
  it.each([
    [
      'someone amended the review meanwhile',
      AMENDED_MEANWHILE,
      'Someone else amended this review meanwhile. Reload to see their amendment first, then add yours.',
    ],
    ['the server does not answer', undefined, 'did not answer, so this may not have been done'],
  ])('says why beside Save amendment and moves the focus there: %s', async (_, answer, words) => {
    const { wrapper } = await openOnFakeClinic(intake, signed as Review, (_server, channel) =>
      channel === 'reviews.amend' ? answer : undefined,
    )
    const button = (text: string) => wrapper.findAll('button').find((b) => b.text() === text)
    await button('Amend…')!.trigger('click')
    await wrapper.get('#amend-reason').setValue(REASON)
    await button('Save amendment')!.trigger('click')
    await settle()

    const problem = wrapper.get('[data-testid="amend-problem"]')
    expect(problem.text()).toContain(words)
    expect(problem.attributes('role')).toBe('alert')
    // Right above the row holding the button that was pressed, not at the top of the panel.
    const actions = button('Save amendment')!.element.parentElement!
    expect(actions.previousElementSibling).toBe(problem.element)
    expect(document.activeElement).toBe(problem.element)
    expect((wrapper.get('#amend-reason').element as HTMLTextAreaElement).value).toBe(REASON)
  })
})
