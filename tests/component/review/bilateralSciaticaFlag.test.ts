// Engine 1.1.0's bilateral_sciatica flag on screen: the intake's warning banner and the review's
// red-flag list both name it in plain words and tell staff to ask the four cauda equina
// questions and give safety-net advice.
import { describe, expect, it } from 'vitest'
import RedFlagBanner from '../../../src/renderer/src/features/intake/RedFlagBanner.vue'
import RedFlagList from '../../../src/renderer/src/features/review/RedFlagList.vue'
import { assess } from '../../../src/shared/clinical/assess'
import { redFlagDefinition } from '../../../src/shared/clinical/assessment'
import type { Answers } from '../../../src/shared/intake/answers'
import { mountWithApp } from '../support/mountWithApp'

const patient = { ageYears: 44, sex: 'male' as const }
const answers: Answers = {
  painSites: ['low_back_central', 'below_knee_left', 'below_knee_right'],
  onset: 'sudden',
  durationWeeks: 1,
}
const assessment = assess(patient, answers)
const definition = redFlagDefinition('bilateral_sciatica')

describe('the bilateral_sciatica flag on screen', () => {
  it('is in the intake banner with what to do', async () => {
    const { wrapper } = await mountWithApp(RedFlagBanner, { api: {}, props: { assessment } })
    const text = wrapper.text()
    expect(text).toContain('Sciatica in both legs')
    expect(text).toContain(definition.advice)
    expect(definition.advice).toMatch(/four cauda equina questions/)
    expect(definition.advice).toMatch(/safety-net advice/)
    wrapper.unmount()
  })

  it('is in the review red-flag list with the answers that raised it', async () => {
    const { wrapper } = await mountWithApp(RedFlagList, {
      api: {},
      props: { flags: assessment.redFlags, answers, context: patient },
    })
    const flag = wrapper.get('[data-flag="bilateral_sciatica"]')
    expect(flag.text()).toContain('Sciatica in both legs')
    expect(flag.text()).toContain(definition.advice)
    expect(flag.text()).toContain('Pain below the knee in both legs')
    wrapper.unmount()
  })
})
