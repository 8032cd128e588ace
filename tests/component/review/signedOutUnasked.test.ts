// Issue 12: a sign-out nobody asked for (the clinic server restarted, the idle limit, a password
// reset) replaces the review screen with the sign-in screen. A clinical note typed but not yet
// saved must stay for the same clinician, be promised on the sign-in screen, be saved once they
// sign in again and show when the review opens again; never saved under someone else.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Review } from '../../../src/shared/review/review'
import { ok } from '../auth/support'
import { inProgressReview } from './reviewFixtures'
import { closeFakeClinic, openOnFakeClinic } from './fakeClinic'
import { submittedIntake } from './openNewReview'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  closeFakeClinic()
})

const { intake } = submittedIntake()

/** A review not yet saved on a fake clinic server that can go away and forget every session. */
async function openReview() {
  const savedBy: string[] = []
  const opened = await openOnFakeClinic(
    intake,
    null as Review | null,
    (server, channel, payload, user) => {
      if (channel !== 'reviews.saveDraft') return undefined
      const input = payload as { version: number | null; clinicalNote: string }
      if (input.version !== (server.review?.version ?? null)) {
        return { ok: false, error: { kind: 'conflict', message: 'Changed elsewhere.' } }
      }
      savedBy.push(user.username)
      const saved = inProgressReview({
        intakeId: intake.id,
        clinicalNote: input.clinicalNote,
        engineVersion: '1.1.0',
      })
      server.review = { ...saved, version: (server.review?.version ?? 0) + 1 }
      return ok(server.review)
    },
  )
  return { ...opened, savedBy }
}

type Opened = Awaited<ReturnType<typeof openReview>>

const noteBox = (wrapper: Opened['wrapper']) => wrapper.find('#clinical-note')
const notice = (wrapper: Opened['wrapper']) => wrapper.find('[data-testid="signed-out-notice"]')

/** A note typed while the server was away for a while, then the server restarts. */
async function typeThroughRestart(opened: Opened): Promise<void> {
  const { wrapper, server } = opened
  expect(noteBox(wrapper).exists()).toBe(true)
  vi.useFakeTimers()
  vi.spyOn(Math, 'random').mockReturnValue(0.5)
  server.up = false
  await noteBox(wrapper).setValue('Settled with rest; review in two weeks')
  // The first try, then retries after 1, 2, 4 and 8 seconds: the next one waits 15.
  await vi.advanceTimersByTimeAsync(600 + 1_000 + 2_000 + 4_000 + 8_000 + 100)
  server.up = true
  server.user = null
  await vi.advanceTimersByTimeAsync(15_000)
  // That try was refused as signed out: the sign-in screen replaced the review.
  expect(wrapper.find('#sign-in-password').exists()).toBe(true)
  expect(noteBox(wrapper).exists()).toBe(false)
}

async function signInAs(wrapper: Opened['wrapper'], username: string): Promise<void> {
  await wrapper.find('#sign-in-username').setValue(username)
  await wrapper.find('#sign-in-password').setValue('a long enough password')
  await wrapper.find('form').trigger('submit')
}

describe('a review note when the server signs the clinician out', () => {
  it('is promised on the sign-in screen, then saved and shown once they sign in again', async () => {
    const opened = await openReview()
    await typeThroughRestart(opened)
    const { wrapper, server, savedBy } = opened
    expect(notice(wrapper).text()).toContain(
      'What you typed is kept on this screen and will be saved once you sign in again as Casey Doc.',
    )
    await signInAs(wrapper, 'cdoc')
    await vi.advanceTimersByTimeAsync(100)
    expect(savedBy).toEqual(['cdoc'])
    expect(server.review?.clinicalNote).toBe('Settled with rest; review in two weeks')
    expect((noteBox(wrapper).element as HTMLTextAreaElement).value).toBe(
      'Settled with rest; review in two weeks',
    )
    expect(wrapper.get('[data-testid="review-save-status"]').text()).toBe('All changes saved.')
    // Typing on goes on from the stored copy: no conflict with the note's own save.
    await noteBox(wrapper).setValue('Settled with rest; review in three weeks')
    await vi.advanceTimersByTimeAsync(700)
    expect(server.review?.clinicalNote).toBe('Settled with rest; review in three weeks')
    expect(wrapper.get('[data-testid="review-save-status"]').text()).toBe('All changes saved.')
  })

  it('is never saved under another clinician who signs in at that screen', async () => {
    const opened = await openReview()
    await typeThroughRestart(opened)
    const { wrapper, server, savedBy } = opened
    // The page starts afresh for them (jsdom cannot navigate; it only reports it).
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await signInAs(wrapper, 'odoc')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(savedBy).toEqual([])
    expect(server.review).toBeNull()
  })
})
