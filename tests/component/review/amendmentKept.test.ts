// Issue 12: a clinician writing an amendment to a signed review lost it when the server signed
// them out without asking (the idle limit, a restart, a password reset) or the screen locked: the
// review screen goes, and opening again started the amendment afresh. An amendment is a signed
// act, so it is never sent on its own: it is kept for the same clinician, promised on the sign-in
// screen, and opens again exactly as typed for them to finish; never for anyone else. Leaving the
// review with one typed asks first, and a reason or note too long is said, with the text kept.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AmendReview, Review } from '../../../src/shared/review/review'
import { useSessionStore } from '../../../src/renderer/src/features/auth/sessionStore'
import { settle } from '../intake/support'
import { ok } from '../auth/support'
import { submittedIntake } from './openNewReview'
import { signedReview } from './reviewFixtures'
import { closeFakeClinic, openOnFakeClinic } from './fakeClinic'

afterEach(() => {
  vi.restoreAllMocks()
  closeFakeClinic()
})

// Leg pain below the knee: sciatica is flagged, so the amendment has a decision to change.
const { intake, flagged, firstCause } = submittedIntake()
const signed = signedReview({
  intakeId: intake.id,
  decisions: flagged.map((causeId) => ({ causeId, decision: 'open' as const, note: '' })),
  clinicalNote: 'Rest and review.',
})

const REASON = 'MRI result received: no nerve root compression.'
const NOTE = 'Rest and review.\nMRI clear; physiotherapy booked.'

/** A signed review on a fake clinic server that can forget every session. */
async function openSignedReview() {
  const amendedBy: { username: string; input: AmendReview }[] = []
  const opened = await openOnFakeClinic(
    intake,
    signed as Review,
    (server, channel, payload, user) => {
      if (channel !== 'reviews.amend') return undefined
      const input = payload as AmendReview
      amendedBy.push({ username: user.username, input })
      const amendment = {
        id: server.review.amendments.length + 1,
        reason: input.reason,
        decisions: input.decisions,
        otherDiagnoses: input.otherDiagnoses,
        clinicalNote: input.clinicalNote,
        amendedAt: '2026-11-27T08:00:00.000Z',
        amendedBy: user.id,
        amendedByName: user.displayName,
      }
      server.review = { ...server.review, amendments: [...server.review.amendments, amendment] }
      return ok(server.review)
    },
  )
  return { ...opened, amendedBy }
}

type Opened = Awaited<ReturnType<typeof openSignedReview>>
type Wrapper = Opened['wrapper']

const reasonBox = (wrapper: Wrapper) => wrapper.find('#amend-reason')
const noteBox = (wrapper: Wrapper) => wrapper.find('#amend-note')
const textOf = (wrapper: Wrapper, selector: string) =>
  (wrapper.get(selector).element as HTMLTextAreaElement).value
const decisionChoice = (wrapper: Wrapper, decision: string) =>
  wrapper.find(`input[name="amend-${firstCause}-decision"][value="${decision}"]`)
const button = (wrapper: Wrapper, text: string) =>
  wrapper.findAll('button').find((candidate) => candidate.text() === text)
const notice = (wrapper: Wrapper) => wrapper.find('[data-testid="signed-out-notice"]')

/** Opens the amendment form and writes a reason, a changed decision and a new note. */
async function writeAmendment(wrapper: Wrapper): Promise<void> {
  await button(wrapper, 'Amend…')!.trigger('click')
  await reasonBox(wrapper).setValue(REASON)
  await decisionChoice(wrapper, 'rule_out').setValue(true)
  await noteBox(wrapper).setValue(NOTE)
}

function expectAmendmentAsTyped(wrapper: Wrapper): void {
  expect(textOf(wrapper, '#amend-reason')).toBe(REASON)
  expect(textOf(wrapper, '#amend-note')).toBe(NOTE)
  expect((decisionChoice(wrapper, 'rule_out').element as HTMLInputElement).checked).toBe(true)
}

/** The server ends the session (idle limit, restart, password reset); the app finds out. */
async function signedOutByServer({ wrapper, server }: Opened): Promise<void> {
  server.user = null
  // How a screen with no save on its way finds out: its keep-alive or live stream is refused.
  await useSessionStore().refresh()
  await settle()
  expect(wrapper.find('#sign-in-password').exists()).toBe(true)
  expect(reasonBox(wrapper).exists()).toBe(false)
}

async function signInAs(wrapper: Wrapper, username: string): Promise<void> {
  await wrapper.find('#sign-in-username').setValue(username)
  await wrapper.find('#sign-in-password').setValue('a long enough password')
  await wrapper.find('form').trigger('submit')
  await settle()
}

describe('an amendment being written when the server signs the clinician out', () => {
  it('is promised on the sign-in screen and opens again as typed for them, unsent until they save', async () => {
    const opened = await openSignedReview()
    const { wrapper, server, amendedBy } = opened
    await writeAmendment(wrapper)
    await signedOutByServer(opened)
    expect(notice(wrapper).text()).toBe(
      'You were signed out (the clinic server restarted or your session ended). The amendment you were writing is kept on this screen. Once you sign in again as Casey Doc, it opens again for you to finish and save; it is not saved until you do. If someone else signs in here instead, it is closed without being saved.',
    )

    await signInAs(wrapper, 'cdoc')
    expectAmendmentAsTyped(wrapper)
    // A signed act: nothing went to the server on its own.
    expect(amendedBy).toEqual([])
    expect(server.review.amendments).toEqual([])

    await button(wrapper, 'Save amendment')!.trigger('click')
    await settle()
    expect(
      amendedBy.map(({ username, input }) => [username, input.reason, input.clinicalNote]),
    ).toEqual([['cdoc', REASON, NOTE]])
    expect(amendedBy[0]!.input.decisions.find((d) => d.causeId === firstCause)?.decision).toBe(
      'rule_out',
    )
    expect(reasonBox(wrapper).exists()).toBe(false)
    expect(wrapper.text()).toContain('Amendment saved. The signed original is kept beside it.')
  })

  it('opens again as typed after the screen locks and the clinician unlocks it', async () => {
    const { wrapper, amendedBy } = await openSignedReview()
    await writeAmendment(wrapper)
    await useSessionStore().lock()
    await settle()
    expect(reasonBox(wrapper).exists()).toBe(false)
    await wrapper.find('#lock-password').setValue('a long enough password')
    await wrapper.find('form').trigger('submit')
    await settle()
    expectAmendmentAsTyped(wrapper)
    expect(amendedBy).toEqual([])
  })

  it('is never sent or shown for another clinician who signs in at that screen', async () => {
    const opened = await openSignedReview()
    const { wrapper, server, amendedBy, router } = opened
    await writeAmendment(wrapper)
    await signedOutByServer(opened)
    // The page starts afresh for them (jsdom cannot navigate; it only reports it).
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await signInAs(wrapper, 'odoc')
    expect(document.body.textContent).not.toContain(REASON)
    // Even were this window not started afresh (the server says they are the one signed in here
    // now), the review opens for them without the amendment.
    await useSessionStore().refresh()
    await settle()
    await router.push(`/review/${intake.id}`)
    await settle()
    expect(wrapper.find('[data-testid="patient-banner"]').exists()).toBe(true)
    expect(reasonBox(wrapper).exists()).toBe(false)
    expect(document.body.textContent).not.toContain(REASON)
    expect(document.body.textContent).not.toContain('MRI clear')
    expect(amendedBy).toEqual([])
    expect(server.review.amendments).toEqual([])
  })
})

describe('leaving the review with an amendment typed', () => {
  it('asks first; staying keeps it as typed, leaving discards it as said', async () => {
    const { wrapper, router, amendedBy } = await openSignedReview()
    await writeAmendment(wrapper)
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false)
    await router.push('/worklist')
    await settle()
    expect(confirm).toHaveBeenCalledWith(
      'The amendment you are writing is not saved. Leave this review and discard it? Choose Cancel to stay and finish it.',
    )
    expect(router.currentRoute.value.path).toBe(`/review/${intake.id}`)
    expectAmendmentAsTyped(wrapper)

    // Another review's address asks too.
    await router.push('/review/6')
    await settle()
    expect(confirm).toHaveBeenCalledTimes(2)
    expect(router.currentRoute.value.path).toBe(`/review/${intake.id}`)
    expectAmendmentAsTyped(wrapper)

    confirm.mockReturnValue(true)
    await router.push('/worklist')
    await settle()
    expect(router.currentRoute.value.path).toBe('/worklist')
    await router.push(`/review/${intake.id}`)
    await settle()
    expect(reasonBox(wrapper).exists()).toBe(false)
    expect(button(wrapper, 'Amend…')).toBeDefined()
    expect(amendedBy).toEqual([])
  })

  it('does not ask when the amendment form is open with nothing typed', async () => {
    const { wrapper, router } = await openSignedReview()
    await button(wrapper, 'Amend…')!.trigger('click')
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false)
    await router.push('/worklist')
    await settle()
    expect(confirm).not.toHaveBeenCalled()
    expect(router.currentRoute.value.path).toBe('/worklist')
  })
})

describe('an amendment reason or note that cannot be saved', () => {
  it('says a 10 MB paste is too long, with its length, and keeps every character', async () => {
    const { wrapper, amendedBy } = await openSignedReview()
    await button(wrapper, 'Amend…')!.trigger('click')
    // A browser cuts a paste at a box's maxlength without a word: the boxes have none.
    expect(reasonBox(wrapper).attributes('maxlength')).toBeUndefined()
    expect(noteBox(wrapper).attributes('maxlength')).toBeUndefined()
    const pasted = 'x'.repeat(10 * 1024 * 1024)
    await reasonBox(wrapper).setValue(pasted)
    await noteBox(wrapper).setValue(`${NOTE} ${'y'.repeat(20_000)}`)
    const tooLong =
      'The reason is 10,485,760 characters long; it can be at most 2,000. Shorten it, then save. Nothing you typed has been removed.'
    expect(wrapper.get('#amend-reason-error').text()).toBe(tooLong)
    expect(wrapper.get('#amend-note-error').text()).toBe(
      'The clinical note is 20,050 characters long; it can be at most 20,000. Shorten it, then save. Nothing you typed has been removed.',
    )

    await button(wrapper, 'Save amendment')!.trigger('click')
    await settle()
    expect(amendedBy).toEqual([])
    const alert = wrapper.get('.amend [role="alert"]')
    expect(alert.text()).toContain(tooLong)
    expect(document.activeElement).toBe(alert.element)
    expect(textOf(wrapper, '#amend-reason')).toBe(pasted)
    expect(textOf(wrapper, '#amend-note').length).toBe(NOTE.length + 1 + 20_000)

    // Shortened, it goes.
    await reasonBox(wrapper).setValue(REASON)
    await noteBox(wrapper).setValue(NOTE)
    expect(wrapper.find('#amend-reason-error').exists()).toBe(false)
    await button(wrapper, 'Save amendment')!.trigger('click')
    await settle()
    expect(amendedBy.map(({ input }) => input.reason)).toEqual([REASON])
  })

  it('asks for a reason when it is empty or only spaces, keeping what was typed', async () => {
    const { wrapper, amendedBy } = await openSignedReview()
    await button(wrapper, 'Amend…')!.trigger('click')
    await reasonBox(wrapper).setValue('   ')
    await noteBox(wrapper).setValue(NOTE)
    await button(wrapper, 'Save amendment')!.trigger('click')
    await settle()
    expect(amendedBy).toEqual([])
    expect(wrapper.get('.amend [role="alert"]').text()).toBe('Give the reason for the amendment.')
    expect(textOf(wrapper, '#amend-reason')).toBe('   ')
    expect(textOf(wrapper, '#amend-note')).toBe(NOTE)
  })
})
