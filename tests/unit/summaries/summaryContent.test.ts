import { describe, expect, it } from 'vitest'
import { DEMO_ANSWER_SETS } from '../../../src/main/demo/demoAnswerSets'
import { causeDefinition, redFlagDefinition } from '../../../src/shared/clinical/assessment'
import { intakeTexts } from '../../../src/shared/i18n/en/intake'
import type { Answers } from '../../../src/shared/intake/answers'
import { QUESTIONNAIRE } from '../../../src/shared/intake/questionnaire'
import { SHORT_QUESTION_LABELS } from '../../../src/main/summaries/shortQuestionLabels'
import { expectOk } from '../support/testCore'
import {
  normalise,
  pdfText,
  renderSummary,
  submittedIntake,
  useSummaryCore,
} from './summarySupport'

const openCore = useSummaryCore()

function answerSet(name: string): Answers {
  const set = DEMO_ANSWER_SETS.find((candidate) => candidate.name === name)
  if (!set) throw new Error(`no demo answer set ${name}`)
  return set.answers
}

const CLINIC = {
  clinicName: 'Harbor Demo Spine Clinic',
  clinicAddress: '12 Example Street\nSampletown AB1 2CD',
  paperSize: 'A4' as const,
}

async function setUp(answers: Answers) {
  const { core, as } = openCore()
  const admin = as('admin')
  expectOk(await admin.settings.update({ ...CLINIC, version: 1 }))
  const ids = await submittedIntake(as('front_desk'), answers, {
    givenName: 'Renée',
    familyName: 'Demo-Brontë',
    dateOfBirth: '1979-03-04',
    recordNumber: 'DEMO-000042',
  })
  return { core, as, ...ids }
}

describe('the PDF summary of a submitted, unreviewed intake', () => {
  it('has every section, the clinic, the patient and the answers', async () => {
    const answers = answerSet('possible cauda equina syndrome')
    const { as, intakeId } = await setUp(answers)
    const { all, pages } = await pdfText(await renderSummary(as('front_desk'), intakeId))

    for (const expected of [
      'Harbor Demo Spine Clinic',
      '12 Example Street, Sampletown AB1 2CD',
      'Demo-Brontë, Renée',
      '1979-03-04',
      'DEMO-000042',
      '2026-11-20',
      'Flags for clinician review, not a diagnosis.',
      'Red flags',
      'Flagged causes',
      'Pain map and scores',
      'Answers by section',
      'Clinician review',
      'NOT YET REVIEWED',
      'by Test front_desk', // the submitting member of staff
      `Page 1 of ${pages.length}`,
    ]) {
      expect(all).toContain(expected)
    }

    // The emergency heads the document, before the causes, with its advice and evidence.
    const caudaEquina = redFlagDefinition('cauda_equina')
    expect(pages[0]).toContain(`EMERGENCY ${caudaEquina.name}`)
    expect(pages[0]).toContain(caudaEquina.advice)
    expect(all.indexOf(caudaEquina.name)).toBeLessThan(all.indexOf('Flagged causes'))
    expect(all).toContain(`${intakeTexts.questions.saddleNumbness.label} Answer: Yes`)

    // Flagged causes with their tier, suggested codes marked as such.
    expect(all).toContain(`${causeDefinition('disc_herniation').name} Likely`)
    expect(all).toContain('Suggested codes (verify before use)')
    expect(all).toContain('M51.16')

    // Pain scores, the areas in words, every section title, answers in the form's words.
    expect(all).toContain('Pain now 8 / 10')
    expect(all).toContain(intakeTexts.options.painSites.below_knee_right)
    for (const step of QUESTIONNAIRE.filter((s) => s.questions.length > 0)) {
      expect(all).toContain(intakeTexts.steps[step.id].title)
    }
    // Beside the question's short label (the form's full wording is for reading aloud).
    expect(all).toContain(
      `${SHORT_QUESTION_LABELS.legPainVsBackPain} ${intakeTexts.options.legPainVsBackPain.leg_worse}`,
    )
    expect(all).toContain(normalise(answers.notes ?? ''))
    // Unanswered is "Not answered", never "No": each has its own line in its section.
    expect(answers.allergies).toBeUndefined()
    expect(all).toMatch(/Not answered: [^:]*Allergies/)
    expect(answers.bowelChange).toBe(false)
    expect(all).toContain(`Answered No: ${SHORT_QUESTION_LABELS.bowelChange}`)
  })

  it('repeats the patient identifiers, the review status and page x of y on every page', async () => {
    const { as, intakeId } = await setUp(answerSet('possible cauda equina syndrome'))
    const { pages } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((page, index) => {
      expect(page).toContain('Harbor Demo Spine Clinic')
      expect(page).toContain('Patient: Demo-Brontë, Renée')
      expect(page).toContain('Date of birth: 1979-03-04')
      expect(page).toContain('Record no.: DEMO-000042')
      expect(page).toContain('Visit date: 2026-11-20')
      expect(page).toContain('NOT YET REVIEWED')
      expect(page).toContain('Flags for clinician review, not a diagnosis.')
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`)
    })
  })

  it('says plainly when no red flag was raised and no cause was flagged', async () => {
    const { as, intakeId } = await setUp({ painSites: ['low_back_central'], painNow: 2 })
    const { all } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    expect(all).toContain('No red flag was raised by the answers given.')
    expect(all).toContain('Not answered, and could raise a red flag')
    expect(all).toContain(SHORT_QUESTION_LABELS.saddleNumbness)
  })
})

describe('the PDF summary of a reviewed intake', () => {
  it('shows the sign-off, the decisions, the note and the amendments, and no review warning', async () => {
    const { as, intakeId } = await setUp(answerSet('disc herniation with sciatica'))
    const clinician = as('clinician')
    const screen = expectOk(await clinician.reviews.get({ intakeId }))
    const flagged = screen.intake.assessment?.causes.filter((c) => c.tier !== 'unlikely') ?? []
    expect(flagged.length).toBeGreaterThan(1)
    const decisions = flagged.map((cause, index) => ({
      causeId: cause.id,
      decision: index === 0 ? ('confirm' as const) : ('rule_out' as const),
      note: index === 0 ? 'Dermatomal pattern fits L5.' : '',
    }))
    expectOk(
      await clinician.reviews.signOff({
        intakeId,
        version: null,
        decisions,
        clinicalNote: 'Examined: straight leg raise positive on the left at 40 degrees.',
      }),
    )
    expectOk(
      await clinician.reviews.amend({
        intakeId,
        basedOnAmendmentId: null,
        reason: 'Second cause reconsidered after imaging report.',
        decisions: decisions.map((d, index) =>
          index === 1 ? { ...d, decision: 'open' as const } : d,
        ),
        clinicalNote: 'Examined: straight leg raise positive on the left at 40 degrees.',
      }),
    )

    const { all, pages } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    const first = causeDefinition(flagged[0]?.id ?? 'sciatica').name
    const second = causeDefinition(flagged[1]?.id ?? 'sciatica').name
    expect(all).not.toContain('NOT YET REVIEWED')
    for (const page of pages) expect(page).toContain('Reviewed')
    expect(all).toContain('Signed off by Test clinician on')
    expect(all).toContain(`${first} Confirmed Dermatomal pattern fits L5.`)
    expect(all).toContain('Examined: straight leg raise positive on the left at 40 degrees.')
    expect(all).toContain('Amendments after sign-off')
    expect(all).toContain('Second cause reconsidered after imaging report.')
    expect(all).toContain(`${second}: changed from Ruled out to Left open`)
    // The current version (amended) comes first, the signed original after it.
    expect(all.indexOf(`${second} Left open`)).toBeLessThan(all.indexOf('As originally signed'))
    expect(all.indexOf('As originally signed')).toBeLessThan(all.lastIndexOf(`${second} Ruled out`))
  })

  it('prints a review still in progress as not yet reviewed, without its draft decisions', async () => {
    const { as, intakeId } = await setUp(answerSet('disc herniation with sciatica'))
    const clinician = as('clinician')
    const screen = expectOk(await clinician.reviews.get({ intakeId }))
    const causeId = screen.intake.assessment?.causes[0]?.id ?? 'sciatica'
    expectOk(
      await clinician.reviews.saveDraft({
        intakeId,
        version: null,
        decisions: [{ causeId, decision: 'confirm', note: '' }],
        clinicalNote: 'Draft thoughts, not signed.',
      }),
    )
    const { all } = await pdfText(await renderSummary(as('front_desk'), intakeId))
    expect(all).toContain('NOT YET REVIEWED')
    expect(all).not.toContain('Draft thoughts, not signed.')
  })
})

describe('names with accents and other Latin letters', () => {
  it.each([
    ['José', 'Núñez'],
    ['Zoë', 'Ærøskøbing'],
    ['Łukasz', 'Żółć'],
  ])('prints %s %s exactly, on every page', async (givenName, familyName) => {
    const { as } = openCore()
    const { intakeId } = await submittedIntake(
      as('front_desk'),
      answerSet('lumbar strain after lifting'),
      { givenName, familyName },
    )
    const pdf = await renderSummary(as('front_desk'), intakeId)
    const { pages } = await pdfText(pdf)
    for (const page of pages) expect(page).toContain(`${familyName}, ${givenName}`)
    // The glyphs are embedded from our Roboto, not substituted by a viewer font.
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+Roboto-Regular/)
  })
})
