// Engine 1.1.0's bilateral_sciatica flag on the PDF: named in plain words, marked urgent, with the
// advice to ask the four cauda equina questions and give safety-net advice, above the causes.
import { describe, expect, it } from 'vitest'
import { redFlagDefinition } from '../../../src/shared/clinical/assessment'
import type { Answers } from '../../../src/shared/intake/answers'
import {
  normalise,
  pdfText,
  renderSummary,
  submittedIntake,
  useSummaryCore,
} from './summarySupport'

const openCore = useSummaryCore()

const answers: Answers = {
  painSites: ['low_back_central', 'below_knee_left', 'below_knee_right'],
  onset: 'sudden',
  durationWeeks: 1,
  saddleNumbness: false,
  bladderChange: false,
  bowelChange: false,
  sexualFunctionChange: false,
}

describe('the PDF summary of an intake with sciatica in both legs', () => {
  it('shows the urgent flag and its advice before the causes', async () => {
    const { as } = openCore()
    const { intakeId } = await submittedIntake(as('front_desk'), answers, {
      dateOfBirth: '1982-01-01',
    })
    const { all } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    const definition = redFlagDefinition('bilateral_sciatica')
    expect(all).toContain('URGENT Sciatica in both legs')
    expect(all).toContain(normalise(definition.advice))
    expect(all).toContain('Pain below the knee in both legs, not known to be gradual')
    expect(all.indexOf(definition.name)).toBeLessThan(all.indexOf('Flagged causes'))
  })
})
