// Past WORKLIST_COUNT_LIMIT the worklist stops counting: the tabs and the "Showing" line say
// "1,000+", and paging goes on as long as pages come back full.
import { afterEach, describe, expect, it, vi } from 'vitest'
import WorklistView from '../../../src/renderer/src/features/review/WorklistView.vue'
import { WORKLIST_COUNT_LIMIT } from '../../../src/shared/review/worklist'
import type { WorklistItem, WorklistPage } from '../../../src/shared/review/worklist'
import { mountWithApp, settle } from '../support/mountWithApp'

function item(intakeId: number): WorklistItem {
  return {
    intakeId,
    status: 'submitted',
    visitDate: '2026-03-02',
    submittedAt: '2026-03-02T09:00:00.000Z',
    highestUrgency: 'soon',
    patient: {
      id: intakeId,
      givenName: 'Sample',
      familyName: `Demo-${intakeId}`,
      dateOfBirth: '1970-01-01',
      recordNumber: null,
    },
    likelyCauses: [],
    redFlags: [],
    painNow: 5,
    painWorstWeek: 7,
    review: null,
  }
}

/** A worklist API whose pages are full until `lastOffset`, with the given counts. */
function worklistApi(counts: WorklistPage['counts'], lastOffset: number) {
  const worklist = vi.fn(async (query: { offset?: number; limit?: number }) => {
    const offset = query.offset ?? 0
    const limit = query.limit ?? 25
    const size = offset >= lastOffset ? 3 : limit
    const items = Array.from({ length: size }, (_, i) => item(offset + i + 1))
    return { ok: true as const, value: { items, counts, offset, limit } }
  })
  return { api: { reviews: { worklist } }, worklist }
}

const nextButton = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  wrapper.findAll('button').find((button) => button.text() === 'Next page')

describe('worklist counts', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('says "1,000+" for a count that reached the limit, and the exact number below it', async () => {
    const { api } = worklistApi(
      { awaiting: WORKLIST_COUNT_LIMIT, reviewed: 412, all: WORKLIST_COUNT_LIMIT },
      50,
    )
    const { wrapper } = await mountWithApp(WorklistView, { api, path: '/worklist' })
    await settle()
    const text = wrapper.text()
    expect(text).toContain('Awaiting review (1,000+)')
    expect(text).toContain('Reviewed (412)')
    expect(text).toContain('All (1,000+)')
    expect(text).toContain('Showing 1–25 of 1,000+')
  })

  it('pages on while pages come back full, and stops at a short one', async () => {
    const { api, worklist } = worklistApi(
      { awaiting: WORKLIST_COUNT_LIMIT, reviewed: 0, all: WORKLIST_COUNT_LIMIT },
      25,
    )
    const { wrapper } = await mountWithApp(WorklistView, { api, path: '/worklist' })
    await settle()
    expect(nextButton(wrapper)?.attributes('disabled')).toBeUndefined()
    await nextButton(wrapper)?.trigger('click')
    await settle()
    expect(worklist).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 25 }))
    expect(wrapper.text()).toContain('Showing 26–28 of 1,000+')
    expect(nextButton(wrapper)?.attributes('disabled')).toBeDefined()
  })

  it('stops at the exact total below the limit', async () => {
    const { api } = worklistApi({ awaiting: 25, reviewed: 0, all: 25 }, 100)
    const { wrapper } = await mountWithApp(WorklistView, { api, path: '/worklist' })
    await settle()
    expect(wrapper.text()).toContain('Showing 1–25 of 25')
    // Exactly one full page: nothing after it.
    expect(nextButton(wrapper)).toBeUndefined()
  })
})
