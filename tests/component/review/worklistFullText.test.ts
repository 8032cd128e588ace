// The worklist fits its card with fixed column widths, so long cells end in "…" on screen. What is
// cut short keeps its whole text: in the page (screen readers read it) and in the cell's title
// (the mouse shows it). The table's fixed columns are declared once, in its colgroup.
import { afterEach, describe, expect, it } from 'vitest'
import WorklistView from '../../../src/renderer/src/features/review/WorklistView.vue'
import type { WorklistItem } from '../../../src/shared/review/worklist'
import { mountWithApp, settle } from '../support/mountWithApp'

const longRow: WorklistItem = {
  intakeId: 7,
  status: 'submitted',
  visitDate: '2026-03-02',
  submittedAt: '2026-03-02T09:00:00.000Z',
  highestUrgency: 'urgent',
  patient: {
    id: 3,
    givenName: 'Bartholomew-Maximilian',
    familyName: 'Demo-Longname',
    dateOfBirth: '1950-04-12',
    recordNumber: 'DEMO-000123',
  },
  likelyCauses: ['injury', 'osteoarthritis'],
  redFlags: ['fracture', 'persistent_or_severe'],
  painNow: 9,
  painWorstWeek: 9,
  review: null,
}

const quietRow: WorklistItem = {
  ...longRow,
  intakeId: 8,
  highestUrgency: 'soon',
  patient: { ...longRow.patient, id: 4, recordNumber: null },
  likelyCauses: [],
  redFlags: [],
}

async function mountWorklist() {
  const worklist = async () => ({
    ok: true as const,
    value: {
      items: [longRow, quietRow],
      counts: { awaiting: 2, reviewed: 0, all: 2 },
      offset: 0,
      limit: 25,
    },
  })
  const { wrapper } = await mountWithApp(WorklistView, {
    api: { reviews: { worklist } },
    path: '/worklist',
  })
  await settle()
  return wrapper
}

const row = (wrapper: Awaited<ReturnType<typeof mountWorklist>>, intakeId: number) =>
  wrapper.get(`tr[data-intake-id="${intakeId}"]`)

describe('worklist cells cut short on screen', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('keep the whole red flags and likely causes in the title and in the page', async () => {
    const wrapper = await mountWorklist()
    const cells = row(wrapper, 7).findAll('td')
    const flags = cells[2]!
    const causes = cells[3]!
    expect(flags.attributes('title')).toBe('Possible fracture, Persistent or severe pain')
    expect(flags.findAll('li').map((li) => li.text())).toEqual([
      'Possible fracture',
      'Persistent or severe pain',
    ])
    expect(causes.attributes('title')).toBe('Injury (fracture or dislocation), Osteoarthritis')
    expect(causes.findAll('li')).toHaveLength(2)
  })

  it('keep the patient line whole, record number included, in the title and in the page', async () => {
    const wrapper = await mountWorklist()
    const patient = row(wrapper, 7).get('th')
    const line = 'born 1950-04-12 · visit 2026-03-02 · record DEMO-000123'
    expect(patient.attributes('title')).toBe(`Demo-Longname, Bartholomew-Maximilian · ${line}`)
    expect(patient.get('.worklist-table__sub').text()).toBe(line)
    // The link still names whom it opens.
    expect(patient.get('a').attributes('aria-label')).toBe(
      'Open the intake of Demo-Longname, Bartholomew-Maximilian',
    )
    // No record number: the line stops after the visit.
    expect(row(wrapper, 8).get('.worklist-table__sub').text()).toBe(
      'born 1950-04-12 · visit 2026-03-02',
    )
  })

  it('have no title where nothing is cut ("None")', async () => {
    const wrapper = await mountWorklist()
    const cells = row(wrapper, 8).findAll('td')
    expect(cells[2]!.text()).toBe('None')
    expect(cells[2]!.attributes('title')).toBeUndefined()
    expect(cells[3]!.attributes('title')).toBeUndefined()
  })

  it('sit in a table whose seven columns have fixed widths, one per heading', async () => {
    const wrapper = await mountWorklist()
    const table = wrapper.get('table.worklist-table')
    expect(table.classes()).toContain('worklist-table--awaiting')
    const columns = table.findAll('colgroup col').map((col) => col.classes()[0])
    expect(columns).toEqual([
      'worklist-table__col--urgency',
      'worklist-table__col--patient',
      'worklist-table__col--time',
      'worklist-table__col--flags',
      'worklist-table__col--causes',
      'worklist-table__col--pain',
      'worklist-table__col--review',
    ])
    expect(table.findAll('thead th')).toHaveLength(columns.length)
  })
})
