import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportPdfs } from '../../../src/main/cli/exportPdf'
import { exportSelection } from '../../../src/main/cli/exportPdfCommand'
import { SHORT_QUESTION_LABELS } from '../../../src/main/summaries/shortQuestionLabels'
import { summaryTexts } from '../../../src/main/summaries/summaryTexts'
import { summaryTaskSchema } from '../../../src/main/summaries/pool/summaryTask'
import { QUESTIONNAIRE } from '../../../src/shared/intake/questionnaire'
import { loadPublicVignettes } from '../../support/publicVignettes'
import { useTempDir } from '../support/tempDataDir'
import { expectOk } from '../support/testCore'
import { normalise, pdfText, submittedIntake, useSummaryCore } from './summarySupport'
import { vignettePatient } from './twoPageSupport'

const openCore = useSummaryCore()
const tempDir = useTempDir()
const HEADING = summaryTexts.fullAnswers.heading
const EVERY_QUESTION = QUESTIONNAIRE.flatMap((step) => step.questions)

/** A typical short intake: a dozen answers, most questions never asked. */
async function typicalIntake(api: Parameters<typeof submittedIntake>[0]) {
  const vignette = loadPublicVignettes().vignettes.find((v) => v.id === 'P01')
  if (!vignette) throw new Error('vignette P01 is missing')
  return submittedIntake(api, vignette.answers, vignettePatient(vignette))
}

async function rendered(
  api: Parameters<typeof submittedIntake>[0],
  intakeId: number,
  fullAnswers?: boolean,
) {
  const request = fullAnswers === undefined ? { intakeId } : { intakeId, fullAnswers }
  const { pdfBase64 } = expectOk(await api.summaries.render(request))
  return pdfText(Buffer.from(pdfBase64, 'base64'))
}

/** The text after the "Full answers" heading, or null when the PDF has none. */
function fullAnswersPart(all: string): string | null {
  const at = all.indexOf(HEADING)
  return at < 0 ? null : all.slice(at)
}

/** The questions whose short label is missing from `text`. */
function missingLabels(text: string): string[] {
  return EVERY_QUESTION.map((q) => normalise(SHORT_QUESTION_LABELS[q.key])).filter(
    (label) => !text.includes(label),
  )
}

describe('"Include every question" (full answers)', () => {
  it('appends every question, each with its short label, after the two-page summary', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const { intakeId } = await typicalIntake(api)

    const full = await rendered(api, intakeId, true)

    const part = fullAnswersPart(full.all)
    expect(part).not.toBeNull()
    expect(missingLabels(part ?? '')).toEqual([])
    // Unanswered ones say so, never left blank or read as No.
    expect(part).toContain(summaryTexts.answers.notAnswered)
    // The two pages a clinician files first come first; the full list starts on a page of its own.
    expect(full.pages.length).toBeGreaterThan(2)
    expect(full.pages[0]).not.toContain(HEADING)
    expect(full.pages[1]).not.toContain(HEADING)
    expect(full.pages[2]).toContain(HEADING)
  })

  it('is off by default and when asked off: the two-page summary alone', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const { intakeId } = await typicalIntake(api)

    for (const summary of [await rendered(api, intakeId), await rendered(api, intakeId, false)]) {
      expect(summary.pages).toHaveLength(2)
      expect(fullAnswersPart(summary.all)).toBeNull()
    }
  })

  it('carries the option to the worker pool through its task schema', () => {
    const task = { intakeId: 1, generatedAt: '2026-11-26T10:00:00.000Z' }
    expect(summaryTaskSchema.safeParse({ ...task, fullAnswers: true }).success).toBe(true)
    // A stale worker or app that drops the option fails loudly instead of printing the wrong one.
    expect(summaryTaskSchema.safeParse(task).success).toBe(false)
  })
})

describe('export-pdf --full-answers', () => {
  it('reads the flag, off unless given', () => {
    expect(exportSelection({ out: 'x', intake: '3', 'full-answers': true })).toEqual({
      outDir: 'x',
      selection: { kind: 'one', intakeId: 3 },
      options: { fullAnswers: true },
    })
    expect(exportSelection({ out: 'x', all: true })).toEqual({
      outDir: 'x',
      selection: { kind: 'all' },
      options: { fullAnswers: false },
    })
  })

  it('writes the summary with every question through the door, and without by default', async () => {
    const { core, as } = openCore()
    const { intakeId } = await typicalIntake(as('front_desk'))
    const fullOut = join(tempDir(), 'full')
    const plainOut = join(tempDir(), 'plain')

    const full = await exportPdfs(core, fullOut, { kind: 'one', intakeId }, () => {}, {
      fullAnswers: true,
    })
    const plain = await exportPdfs(core, plainOut, { kind: 'one', intakeId })

    const fullText = await pdfText(readFileSync(full.files[0] ?? ''))
    expect(missingLabels(fullAnswersPart(fullText.all) ?? '')).toEqual([])
    const plainText = await pdfText(readFileSync(plain.files[0] ?? ''))
    expect(plainText.pages).toHaveLength(2)
    expect(fullAnswersPart(plainText.all)).toBeNull()
  })
})
