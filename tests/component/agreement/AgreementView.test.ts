// The agreement report screen: what a clinician reads per cause and per red flag, "too few
// reviews to say" below the minimum, labelled filters, and a bad date kept as typed.
import { describe, expect, it, vi } from 'vitest'
import AgreementView from '../../../src/renderer/src/features/agreement/AgreementView.vue'
import { MINIMUM_REVIEWS_TO_SAY } from '../../../src/shared/agreement/agreementReport'
import type {
  AgreementQuery,
  AgreementReport,
  TierAgreement,
} from '../../../src/shared/agreement/agreementReport'
import { CAUSE_IDS } from '../../../src/shared/clinical/ids'
import { mountWithApp, settle } from '../support/mountWithApp'

const none: TierAgreement = {
  flagged: 0,
  confirmed: 0,
  ruledOut: 0,
  leftOpen: 0,
  predictiveValue: { successes: 0, total: 0, interval: null },
}

function report(query: AgreementQuery): AgreementReport {
  return {
    query,
    reviews: 12,
    engineVersions: ['1.1.0', '1.0.0'],
    minimumReviews: MINIMUM_REVIEWS_TO_SAY,
    causes: CAUSE_IDS.map((causeId) => ({
      causeId,
      likely:
        causeId === 'disc_herniation'
          ? {
              flagged: 12,
              confirmed: 8,
              ruledOut: 2,
              leftOpen: 2,
              predictiveValue: {
                successes: 8,
                total: 10,
                interval: { estimate: 0.8, low: 0.4902, high: 0.9433 },
              },
            }
          : none,
      possible:
        causeId === 'piriformis_syndrome'
          ? {
              flagged: 12,
              confirmed: 3,
              ruledOut: 2,
              leftOpen: 7,
              predictiveValue: { successes: 3, total: 5, interval: null },
            }
          : none,
      confirmedUnlikely: 0,
      flaggedShare: { successes: 0, total: 0, interval: null },
    })),
    redFlags: [
      {
        flagId: 'persistent_or_severe',
        urgency: 'soon',
        raised: 12,
        wait: { medianMinutes: 390, p90Minutes: 3000 },
      },
    ],
  }
}

function fakeApi() {
  const reportCall = vi.fn(async (query: AgreementQuery) => ({
    ok: true as const,
    value: report(query),
  }))
  return { reportCall, api: { agreement: { report: reportCall, exportCsv: vi.fn() } } }
}

describe('the agreement report screen', () => {
  it('shows each cause with its predictive value, range and counts', async () => {
    const { api } = fakeApi()
    const { wrapper } = await mountWithApp(AgreementView, { api })
    await settle()
    expect(wrapper.get('[data-testid="agreement-summary"]').text()).toBe(
      'Counted from 12 signed reviews, signed at any time, all rules versions.',
    )
    const disc = wrapper.get('[data-value="disc_herniation-likely"]').text()
    expect(disc).toContain('80%')
    expect(disc).toContain('95%: 49–94%')
    expect(disc).toContain('8 of 10')
    expect(wrapper.get('[data-cause="disc_herniation"]').text()).toContain('8 / 2 / 2')
    const piriformis = wrapper.get('[data-value="piriformis_syndrome-possible"]').text()
    expect(piriformis).toContain('Too few reviews to say')
    expect(piriformis).toContain('3 of 5')
    // Nothing to count: a quiet dash (read out as words), not "0 of 0" in every cell.
    const empty = wrapper.get('[data-value="scoliosis-likely"]')
    expect(empty.text()).toContain('None flagged or confirmed yet')
    expect(empty.text()).not.toContain('0 of 0')
    // How "left open" is treated is said on the screen.
    expect(wrapper.text()).toContain('Causes left open are not in it')
    const flags = wrapper.get('[data-testid="agreement-red-flags"]').text()
    expect(flags).toContain('Persistent or severe pain')
    expect(flags).toContain('6 h 30 min')
    expect(flags).toContain('2 d 2 h')
    wrapper.unmount()
  })

  it('labels every filter and sends the chosen period and version', async () => {
    const { api, reportCall } = fakeApi()
    const { wrapper } = await mountWithApp(AgreementView, { api })
    await settle()
    for (const id of ['agreement-from', 'agreement-to', 'agreement-version']) {
      expect(wrapper.find(`label[for="${id}"]`).exists()).toBe(true)
    }
    await wrapper.get('#agreement-from').setValue('2026-01-01')
    await wrapper.get('#agreement-version').setValue('1.0.0')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(reportCall).toHaveBeenLastCalledWith({
      from: '2026-01-01',
      to: null,
      engineVersion: '1.0.0',
    })
    wrapper.unmount()
  })

  it('keeps a date that does not exist as typed and says what to fix', async () => {
    const { api, reportCall } = fakeApi()
    const { wrapper } = await mountWithApp(AgreementView, { api })
    await settle()
    reportCall.mockClear()
    await wrapper.get('#agreement-to').setValue('2026-02-30')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(reportCall).not.toHaveBeenCalled()
    expect((wrapper.get('#agreement-to').element as HTMLInputElement).value).toBe('2026-02-30')
    expect(wrapper.text()).toContain('This date does not exist; check the day and month')
    wrapper.unmount()
  })
})
