// Issue 13, item 3: an intake entered in error stays in the patient's history, struck through
// with its reason, and is left out of the pain-over-time chart.
import { afterEach, describe, expect, it } from 'vitest'
import PainHistory from '../../../src/renderer/src/features/review/PainHistory.vue'
import type { IntakeHistoryItem } from '../../../src/shared/intake/intakeRecord'
import { mountWithApp } from '../support/mountWithApp'

afterEach(() => {
  document.body.innerHTML = ''
})

function visit(id: number, visitDate: string, painNow: number): IntakeHistoryItem {
  return {
    id,
    status: 'submitted',
    visitDate,
    submittedAt: `${visitDate}T09:00:00.000Z`,
    highestUrgency: 'none',
    painNow,
    painWorstWeek: null,
    painAverageWeek: null,
    enteredInError: null,
  }
}

const HISTORY: IntakeHistoryItem[] = [
  visit(1, '2026-01-05', 3),
  {
    ...visit(2, '2026-02-05', 9),
    status: 'entered_in_error',
    enteredInError: { at: '2026-02-05T10:00:00.000Z', byName: 'Dr Cleo', reason: 'Wrong patient' },
  },
  visit(3, '2026-03-02', 5),
]

describe('pain history with an intake entered in error', () => {
  it('keeps its row, struck through and labelled with the reason', async () => {
    const { wrapper } = await mountWithApp(PainHistory, {
      api: {},
      props: { history: HISTORY, currentIntakeId: 3 },
    })
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(3)
    const wrong = rows[1]!
    expect(wrong.classes()).toContain('pain-history__in-error')
    expect(wrong.attributes('data-entered-in-error')).toBe('true')
    expect(wrong.text()).toContain('Entered in error: Wrong patient')
    expect(rows[0]!.classes()).not.toContain('pain-history__in-error')
  })

  it('draws only the true visits in the chart and its description', async () => {
    const { wrapper } = await mountWithApp(PainHistory, {
      api: {},
      props: { history: HISTORY, currentIntakeId: 3 },
    })
    expect(wrapper.findAll('.pain-chart__now-dot')).toHaveLength(2)
    const description = wrapper.get('#pain-chart-desc').text()
    expect(description).toContain('2026-01-05')
    expect(description).toContain('2026-03-02')
    expect(description).not.toContain('2026-02-05')
    expect(wrapper.get('.pain-chart__grid').text()).not.toContain('2026-02-05')
  })
})
