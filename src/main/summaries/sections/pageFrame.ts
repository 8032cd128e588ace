import { PDF_FONT } from '../pdf/pdfFont'
import { COLOURS } from '../pdf/pdfStyles'
import type { BackgroundContent, Content, DynamicContent } from '../pdf/pdfTypes'
import { formatDateTime } from '../summaryDates'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { patientDisplayName } from './patientName'

/** Left, top, right, bottom. The top margin holds the header, the bottom one the footer. */
export const PAGE_MARGINS: [number, number, number, number] = [40, 78, 40, 46]
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
      margin: [SIDE, 18, SIDE, 0],
      stack: [
        {
          columns: [
            {
              width: '*',
              // A clinic with no name set gets no clinic line: a patient's paper is no place to
              // tell an administrator what to fix (first setup asks for the name).
              stack: [
                ...(settings.clinicName
                  ? [{ text: settings.clinicName, bold: true, fontSize: 11 }]
                  : []),
                ...(address ? [{ text: address, fontSize: 8, color: COLOURS.muted }] : []),
              ],
            },
            {
              width: 'auto',
              stack: [
                { text: texts.shortTitle, alignment: 'right', fontSize: 9 },
                status,
                ...(emergency ? [emergencyTag()] : []),
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
 * White on a solid red box. A table cell, not a text background: pdfmake sizes an 'auto' column
 * without a run's spaces but paints their background, which pushed the tag past the margin.
 */
function emergencyTag(): Content {
  return {
    table: {
      body: [
        [
          {
            text: summaryTexts.header.emergency,
            bold: true,
            fontSize: 9,
            color: '#ffffff',
            fillColor: COLOURS.emergency,
            noWrap: true,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 1,
      paddingBottom: () => 0,
    },
    margin: [0, 1, 0, 0],
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
    margin: [SIDE, 10, SIDE, 0],
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
