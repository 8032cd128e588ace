import { DEFAULT_STYLE, STYLES } from './pdf/pdfStyles'
import type { DocDefinition } from './pdf/pdfTypes'
import { answersBySection } from './sections/answersBySection'
import { causesSection } from './sections/causes'
import { fullAnswersSection } from './sections/fullAnswers'
import { overviewSection } from './sections/overview'
import {
  PAGE_MARGINS,
  enteredInErrorBackground,
  pageFooter,
  pageHeader,
} from './sections/pageFrame'
import { painMapSection } from './sections/painMap'
import { redFlagsSection } from './sections/redFlags'
import { reviewSection } from './sections/review'
import type { SummaryInput } from './summaryInput'
import { summaryTexts } from './summaryTexts'

/**
 * The intake summary as a pdfmake document definition. Pure: the same input always gives the same
 * definition, and nothing here reads a file or the clock, so tests can look at it directly.
 *
 * Order is the order a clinician needs: page 1 holds who the patient is, the red flags (an
 * emergency heads the document) and the clinician's decisions, note and sign-off; then the flagged
 * causes with their evidence, the pain map and scores, and the answers, condensed so a typical
 * intake fits on two pages. Asked for, every question follows on pages of its own.
 */
export function buildSummaryDocument(input: SummaryInput): DocDefinition {
  return {
    pageSize: input.settings.paperSize,
    pageMargins: PAGE_MARGINS,
    language: 'en',
    // A neutral title: a PDF title shows in window titles and recent-file lists.
    info: {
      title: `${summaryTexts.shortTitle} ${input.intake.visitDate}`,
      subject: summaryTexts.documentTitle,
      creator: 'Clinic Intake',
      producer: 'Clinic Intake (pdfmake)',
    },
    header: pageHeader(input),
    footer: pageFooter(input),
    // Only an intake entered in error has one: that, in large type on every page.
    ...(input.intake.enteredInError ? { background: enteredInErrorBackground() } : {}),
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    content: [
      ...overviewSection(input),
      ...redFlagsSection(input),
      ...reviewSection(input),
      ...causesSection(input),
      ...painMapSection(input),
      ...answersBySection(input),
      ...fullAnswersSection(input),
    ],
  }
}
