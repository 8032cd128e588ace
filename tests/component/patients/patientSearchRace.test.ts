// Issue 13, item 4: typing "nunez" then Tab+Enter within ~200 ms started an intake for whoever
// headed the previous list. A list is actionable only once it answers the text in the box.
import { afterEach, describe, expect, it, vi } from 'vitest'
import PatientListView from '../../../src/renderer/src/features/patients/PatientListView.vue'
import type { Patient } from '../../../src/shared/patients/patient'
import { mountWithApp, settle } from '../support/mountWithApp'

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

function patient(id: number, familyName: string): Patient {
  return {
    id,
    givenName: 'Ana',
    familyName,
    dateOfBirth: '1980-02-02',
    sex: 'female',
    recordNumber: null,
    phone: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
  }
}

const NUNES = patient(1, 'Nunes')
const NUNEZ = patient(2, 'Nunez')

/** A search the test answers when it chooses: the server is slow. */
function slowSearch() {
  const pending: { query: string; answer: (patients: Patient[]) => void }[] = []
  const search = vi.fn(
    (input: { query: string }) =>
      new Promise((resolve) => {
        pending.push({
          query: input.query,
          answer: (patients) => resolve({ ok: true, value: { patients } }),
        })
      }),
  )
  return { search, pending }
}

async function mountList() {
  const { search, pending } = slowSearch()
  const start = vi.fn(async () => ({ ok: false, error: { kind: 'internal', message: 'x' } }))
  const listDrafts = vi.fn(async () => ({ ok: true, value: { drafts: [] } }))
  const { wrapper } = await mountWithApp(PatientListView, {
    api: { patients: { search }, intakes: { start, listDrafts } },
    path: '/patients',
  })
  // The first list: recent patients, Ana Nunes at the top.
  pending.shift()?.answer([NUNES])
  await settle()
  return { wrapper, pending, start }
}

describe('patient search never acts on a stale list', () => {
  it('makes the previous list inert the moment the text changes, before any search is sent', async () => {
    const { wrapper, start } = await mountList()
    const table = () => wrapper.get('[data-testid="patient-results"]')
    expect(table().attributes('inert')).toBeUndefined()

    await wrapper.get('#patient-search').setValue('nunez')
    // Within the 200 ms pause before the search is even sent: Tab+Enter at 0 ms.
    expect(table().attributes('inert')).toBeDefined()
    expect(table().attributes('aria-busy')).toBe('true')
    const startNunes = wrapper.get('button[aria-label="Start intake for Nunes, Ana"]')
    expect(startNunes.attributes('disabled')).toBeDefined()
    await startNunes.trigger('click')
    expect(start).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Searching…')
  })

  it('keeps it inert while the slow answer is on the way, and acts on the new list only', async () => {
    const { wrapper, pending, start } = await mountList()
    await wrapper.get('#patient-search').setValue('nunez')
    await wrapper.get('form[role="search"]').trigger('submit')
    await settle()
    expect(pending.map((request) => request.query)).toEqual(['nunez'])
    await wrapper.get('button[aria-label="Start intake for Nunes, Ana"]').trigger('click')
    expect(start).not.toHaveBeenCalled()

    pending.shift()?.answer([NUNEZ])
    await settle()
    const table = wrapper.get('[data-testid="patient-results"]')
    expect(table.attributes('inert')).toBeUndefined()
    expect(wrapper.find('button[aria-label="Start intake for Nunes, Ana"]').exists()).toBe(false)
    await wrapper.get('button[aria-label="Start intake for Nunez, Ana"]').trigger('click')
    await settle()
    expect(start).toHaveBeenCalledWith({ patientId: NUNEZ.id })
  })

  it('ignores an older answer that arrives after a newer one', async () => {
    const { wrapper, pending, start } = await mountList()
    await wrapper.get('#patient-search').setValue('nune')
    await wrapper.get('form[role="search"]').trigger('submit')
    await wrapper.get('#patient-search').setValue('nunez')
    await wrapper.get('form[role="search"]').trigger('submit')
    await settle()
    const [older, newer] = pending
    newer?.answer([NUNEZ])
    older?.answer([NUNES, NUNEZ])
    await settle()
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    expect(wrapper.get('[data-testid="patient-results"]').attributes('inert')).toBeUndefined()
    await wrapper.get('button[aria-label="Start intake for Nunez, Ana"]').trigger('click')
    await settle()
    expect(start).toHaveBeenCalledWith({ patientId: NUNEZ.id })
  })
})
