import { isPrintable, renderPdf } from './pdf/pdfEngine'
import { COLOURS } from './pdf/pdfStyles'
import { makePrintable } from './pdf/printableText'
import { buildSummaryDocument } from './summaryDocument'
import type { SummaryInput } from './summaryInput'
import { summaryTexts } from './summaryTexts'

/** One summary as PDF bytes: the document, made printable with our font, laid out by pdfmake. */
export async function renderSummaryPdf(summary: SummaryInput): Promise<Buffer> {
  const { definition } = makePrintable(buildSummaryDocument(summary), isPrintable, (count) => ({
    text: summaryTexts.unprintable(count),
    bold: true,
    color: COLOURS.mark,
    margin: [0, 0, 0, 8],
  }))
  return renderPdf(definition)
}
