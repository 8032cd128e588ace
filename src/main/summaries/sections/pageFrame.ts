import { PDF_FONT } from '../pdf/pdfFont'
import { COLOURS } from '../pdf/pdfStyles'
import type { BackgroundContent, Content, DynamicContent } from '../pdf/pdfTypes'
import { formatDateTime } from '../summaryDates'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { patientDisplayName } from './patientName'

/** Left, top, right, bottom. The top margin holds the header, the bottom one the footer. */
export const PAGE_MARGINS: [number, number, number, number] = [40, 106, 40, 58]
const SIDE = PAGE_MARGINS[0]

/**
 * The header on every page: who the clinic is, who the patient is (name, date of birth, record
 * number, visit), and whether a clinician has reviewed it, so a page that comes loose from the
 * rest still says whose it is and how far to trust it.
 */
export function pageHeader(input: SummaryInput): DynamicContent {
  const { settings, patient, intake, review } = input
  const texts = summaryTexts
  const address = settings.clinicAddress.split('\n').filter(Boolean).join(', ')
  // A page that comes loose from the rest still says that the patient has an emergency flag.
  const emergency = input.assessment.highestUrgency === 'emergency'
  return (_page, _count, pageSize) => {
    const status: Content = intake.enteredInError
      ? {
          text: texts.enteredInError.mark,
          bold: true,
          alignment: 'right',
          fontSize: 9,
          color: COLOURS.emergency,
        }
      : review
        ? { text: texts.status.reviewed, bold: true, alignment: 'right', fontSize: 9 }
        : {
            text: texts.status.notReviewed,
            bold: true,
            alignment: 'right',
            fontSize: 9,
            color: COLOURS.mark,
          }
    return {
      margin: [SIDE, 22, SIDE, 0],
      stack: [
        {
          columns: [
            {
              width: '*',
              stack: [
                settings.clinicName
                  ? { text: settings.clinicName, bold: true, fontSize: 11 }
                  : {
                      text: texts.clinicNameMissing,
                      italics: true,
                      fontSize: 9,
                      color: COLOURS.muted,
                    },
                ...(address ? [{ text: address, fontSize: 8, color: COLOURS.muted }] : []),
              ],
            },
            {
              width: 'auto',
              stack: [
                { text: texts.shortTitle, alignment: 'right', fontSize: 9 },
                status,
                ...(emergency
                  ? [
                      {
                        text: texts.header.emergency,
                        bold: true,
                        alignment: 'right' as const,
                        fontSize: 9,
                        color: '#ffffff',
                        background: COLOURS.emergency,
                      },
                    ]
                  : []),
              ],
            },
          ],
          columnGap: 12,
        },
        {
          margin: [0, 5, 0, 0],
          fontSize: 9,
          text: [
            { text: `${texts.patient.label}: `, color: COLOURS.muted },
            { text: patientDisplayName(patient), bold: true },
            { text: `   ${texts.patient.dateOfBirth}: `, color: COLOURS.muted },
            { text: patient.dateOfBirth, bold: true },
            { text: `   ${texts.patient.recordNumber}: `, color: COLOURS.muted },
            { text: patient.recordNumber ?? texts.patient.noRecordNumber, bold: true },
            { text: `   ${texts.patient.visitDate}: `, color: COLOURS.muted },
            { text: intake.visitDate, bold: true },
          ],
        },
        {
          margin: [0, 4, 0, 0],
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: pageSize.width - 2 * SIDE,
              y2: 0,
              lineWidth: 0.75,
              lineColor: COLOURS.rule,
            },
          ],
        },
      ],
    }
  }
}

/**
 * Across the middle of every page of an intake entered in error, in large red type, so no page
 * of it (printed, or come loose from the rest) can be taken for a true record. Drawn behind the
 * content and translucent, so what was entered stays readable.
 */
export function enteredInErrorBackground(): BackgroundContent {
  return (_page, pageSize) => ({
    text: summaryTexts.enteredInError.mark,
    margin: [SIDE, pageSize.height / 2 - 30, SIDE, 0],
    alignment: 'center',
    fontSize: 54,
    bold: true,
    color: COLOURS.emergency,
    opacity: 0.3,
  })
}

/** The footer on every page: the disclaimer, when it was generated, and "Page x of y". */
export function pageFooter(input: SummaryInput): DynamicContent {
  const generated = summaryTexts.footer.generated(formatDateTime(input.generatedAt, input.timeZone))
  return (page, count) => ({
    margin: [SIDE, 14, SIDE, 0],
    font: PDF_FONT,
    fontSize: 8,
    columns: [
      {
        width: '*',
        stack: [
          { text: summaryTexts.disclaimer, bold: true },
          { text: generated, color: COLOURS.muted },
        ],
      },
      {
        width: 'auto',
        text: summaryTexts.footer.page(page, count),
        alignment: 'right',
        bold: true,
        fontSize: 9,
      },
    ],
  })
}
