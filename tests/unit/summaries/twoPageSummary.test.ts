import { getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { causeDefinition } from '../../../src/shared/clinical/assessment'
import { intakeTexts } from '../../../src/shared/i18n/en/intake'
import { QUESTIONNAIRE } from '../../../src/shared/intake/questionnaire'
import { loadPublicVignettes } from '../../support/publicVignettes'
import { expectOk } from '../support/testCore'
import { pdfText, renderSummary, submittedIntake, useSummaryCore } from './summarySupport'
import { demoAnswers, fullyAnsweredIntake, vignettePatient } from './twoPageSupport'

const openCore = useSummaryCore()

const CLINIC = {
  clinicName: 'Harbor Demo Spine Clinic',
  clinicAddress: '12 Example Street\nSampletown AB1 2CD',
}

describe('the summary of a typical intake fits on two pages', () => {
  it('for every public vignette, on A4 and on US Letter', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const admin = as('admin')
    const intakes: { id: string; intakeId: number }[] = []
    for (const vignette of loadPublicVignettes().vignettes) {
      const { intakeId } = await submittedIntake(api, vignette.answers, vignettePatient(vignette))
      intakes.push({ id: vignette.id, intakeId })
    }
    for (const paperSize of ['A4', 'LETTER'] as const) {
      const settings = expectOk(await admin.settings.get({}))
      expectOk(await admin.settings.update({ ...CLINIC, paperSize, version: settings.version }))
      const pageCounts = await Promise.all(
        intakes.map(async ({ id, intakeId }) => {
          const { pages } = await pdfText(await renderSummary(api, intakeId))
          return [id, pages.length] as const
        }),
      )
      for (const [id, count] of pageCounts)
        expect({ id, paperSize, count }).toMatchObject({ count: 2 })
    }
  })

  it('for an intake with every question answered and a signed review', async () => {
    const { as } = openCore()
    const answers = fullyAnsweredIntake()
    // Every question of the form has an answer.
    for (const step of QUESTIONNAIRE) {
      for (const question of step.questions) expect(answers[question.key]).toBeDefined()
    }
    const { intakeId } = await submittedIntake(as('front_desk'), answers)
    const clinician = as('clinician')
    const screen = expectOk(await clinician.reviews.get({ intakeId }))
    const flagged = screen.intake.assessment?.causes.filter((c) => c.tier !== 'unlikely') ?? []
    expectOk(
      await clinician.reviews.signOff({
        intakeId,
        version: null,
        decisions: flagged.map((cause) => ({
          causeId: cause.id,
          decision: 'confirm' as const,
          note: 'Fits the examination.',
        })),
        clinicalNote: 'Examined: straight leg raise positive on the left at 40 degrees.',
      }),
    )
    const { pages, all } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    expect(pages).toHaveLength(2)
    // Condensed, not dropped: every section is there, and an answered No still reads as No.
    for (const step of QUESTIONNAIRE.filter((s) => s.questions.length > 0 && s.id !== 'painMap')) {
      expect(all).toContain(intakeTexts.steps[step.id].title)
    }
    expect(all).toContain('Pain map and scores')
    expect(all).toContain('Answered No: Fever or chills')
  })
})

describe('unanswered questions are condensed', () => {
  it('to one line per section, not one "Not answered" row per question', async () => {
    const { as } = openCore()
    // A typical short intake: 13 answers, 45 questions never asked.
    const vignette = loadPublicVignettes().vignettes.find((v) => v.id === 'P01')
    if (!vignette) throw new Error('vignette P01 is missing')
    const { intakeId } = await submittedIntake(
      as('front_desk'),
      vignette.answers,
      vignettePatient(vignette),
    )
    const { all } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    const notAnsweredMentions = all.match(/Not answered/gi) ?? []
    const sections = QUESTIONNAIRE.filter((step) => step.questions.length > 0).length
    expect(notAnsweredMentions.length).toBeLessThanOrEqual(sections + 6)
    // Each of them still named, in a line for its section.
    expect(all).toContain('Spine shape, not answered: Scoliosis')
  })
})

describe('page 1 carries what the clinician decided', () => {
  it('puts the red flags, the decisions, the note and the sign-off before the causes and answers', async () => {
    const { as } = openCore()
    const { intakeId } = await submittedIntake(
      as('front_desk'),
      demoAnswers('possible cauda equina syndrome'),
    )
    const clinician = as('clinician')
    const screen = expectOk(await clinician.reviews.get({ intakeId }))
    const flagged = screen.intake.assessment?.causes.filter((c) => c.tier !== 'unlikely') ?? []
    const first = flagged[0]
    if (!first) throw new Error('the cauda equina demo flags no cause')
    expectOk(
      await clinician.reviews.signOff({
        intakeId,
        version: null,
        decisions: flagged.map((cause) => ({
          causeId: cause.id,
          decision: cause.id === first.id ? ('confirm' as const) : ('rule_out' as const),
          note: cause.id === first.id ? 'Sent to the emergency department.' : '',
        })),
        clinicalNote: 'Saddle numbness confirmed on examination. Ambulance called.',
      }),
    )
    const { pages } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    const page1 = pages[0] ?? ''
    expect(page1).toContain('EMERGENCY Possible cauda equina syndrome')
    expect(page1).toContain('Signed off by Test clinician on')
    expect(page1).toContain(
      `${causeDefinition(first.id).name} Confirmed Sent to the emergency department.`,
    )
    expect(page1).toContain('Saddle numbness confirmed on examination. Ambulance called.')
    // In that order: flags, then the review, then the causes.
    expect(page1.indexOf('Red flags')).toBeLessThan(page1.indexOf('Clinician review'))
    const causesAt = pages.join(' ').indexOf('Flagged causes')
    expect(pages.join(' ').indexOf('Ambulance called.')).toBeLessThan(causesAt)
    expect(pages.join(' ').indexOf('Answers by section')).toBeGreaterThan(causesAt)
  })
})

describe('the page frame', () => {
  it('prints no administrator hint and no clinic line when the clinic name is not set', async () => {
    const { as } = openCore()
    const { intakeId } = await submittedIntake(as('front_desk'), demoAnswers('hip osteoarthritis'))
    const { all, pages } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    expect(all).not.toMatch(/clinic name/i)
    expect(all).not.toMatch(/administrator/i)
    expect(all).not.toMatch(/settings/i)
    for (const page of pages) expect(page).toContain('Patient: Example, Testy')
  })

  it('keeps the EMERGENCY FLAG tag inside the right margin on every page', async () => {
    const { as } = openCore()
    const { intakeId } = await submittedIntake(
      as('front_desk'),
      demoAnswers('possible cauda equina syndrome'),
    )
    const pdf = await renderSummary(as('front_desk'), intakeId)
    const { pages } = await pdfText(pdf)
    // All of it, down to the last character (the old tag lost its "1" past the edge).
    for (const text of pages) expect(text).toContain('EMERGENCY FLAG: see page 1')
    const document = await getDocumentProxy(new Uint8Array(pdf))
    expect(document.numPages).toBeGreaterThan(1)
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const [, , pageWidth, pageHeight] = page.view as [number, number, number, number]
      const { items } = await page.getTextContent()
      const tagStart = items.find((item) => 'str' in item && item.str.startsWith('EMERGENCY FLAG'))
      if (!tagStart || !('str' in tagStart)) throw new Error(`page ${number} has no emergency tag`)
      const baseline = tagStart.transform[5] as number
      expect(baseline).toBeGreaterThan(pageHeight - 80)
      // Every piece of text on the tag's line ends inside the 40 pt margin, box padding included.
      for (const item of items) {
        if (!('str' in item) || item.str.trim() === '') continue
        if (Math.abs((item.transform[5] as number) - baseline) > 1) continue
        expect(item.transform[4] as number).toBeGreaterThanOrEqual(40)
        expect((item.transform[4] as number) + item.width).toBeLessThanOrEqual(pageWidth - 40 - 3)
      }
    }
  })
})
