// The PDF prints what the clinician confirmed beyond the flags: an unflagged cause, marked as
// such, and another diagnosis in their words.
import { describe, expect, it } from 'vitest'
import { flaggedCauseIds } from '../../../src/shared/review/decisions'
import { publicVignette } from '../../support/publicVignettes'
import { expectOk } from '../support/testCore'
import { pdfText, renderSummary, submittedIntake, useSummaryCore } from './summarySupport'

const openCore = useSummaryCore()

describe('the PDF summary of a review with decisions beyond the flags', () => {
  it('lists the unflagged cause confirmed and the other diagnosis', async () => {
    const { as } = openCore()
    const { intakeId } = await submittedIntake(as('front_desk'), publicVignette('P02').answers)
    const clinician = as('clinician')
    const assessment = expectOk(await clinician.reviews.get({ intakeId })).intake.assessment
    if (assessment === null) throw new Error('submitted intake without an assessment')
    const flagged = flaggedCauseIds(assessment).map((causeId) => ({
      causeId,
      decision: 'open' as const,
      note: '',
    }))
    expectOk(
      await clinician.reviews.signOff({
        intakeId,
        version: null,
        decisions: [...flagged, { causeId: 'infection', decision: 'confirm', note: '' }],
        otherDiagnoses: [{ text: 'Synovial cyst at L4-5', note: 'MRI' }],
        clinicalNote: '',
      }),
    )
    const { all } = await pdfText(await renderSummary(clinician, intakeId))
    expect(all).toContain('Infection (spine or hip joint) (not flagged by the rules) Confirmed')
    expect(all).toContain('Another diagnosis: Synovial cyst at L4-5 Confirmed MRI')
  })
})
