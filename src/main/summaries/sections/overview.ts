import { redFlagDefinition } from '../../../shared/clinical/assessment'
import { patientContextAtVisit } from '../../../shared/intake/patientContextAtVisit'
import { boxLayout, COLOURS, ROWS_LAYOUT } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
import { formatDateTime } from '../summaryDates'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { patientDisplayName } from './patientName'

const texts = summaryTexts

function detailRow(label: string, value: string): Content[] {
  return [
    { text: label, style: 'label' },
    { text: value, bold: true },
  ]
}

/** Title, the patient and visit details, the review mark and the disclaimer: page 1's top. */
export function overviewSection(input: SummaryInput): Content[] {
  const { patient, intake, assessment, timeZone } = input
  const age = patientContextAtVisit(patient, intake.visitDate).ageYears
  const submittedAt = intake.submittedAt ? formatDateTime(intake.submittedAt, timeZone) : '—'
  const submitted = intake.submittedByName
    ? `${submittedAt}, by ${intake.submittedByName}`
    : submittedAt
  const details: Content[][] = [
    detailRow(texts.patient.name, patientDisplayName(patient)),
    detailRow(
      texts.patient.dateOfBirth,
      `${patient.dateOfBirth} (${texts.patient.ageAtVisit(age)})`,
    ),
    detailRow(texts.patient.sex, texts.sex[patient.sex]),
    detailRow(texts.patient.recordNumber, patient.recordNumber ?? texts.patient.noRecordNumber),
    detailRow(texts.patient.visitDate, intake.visitDate),
    detailRow(texts.patient.submitted, submitted),
    detailRow(texts.patient.engine, texts.patient.engineVersion(assessment.engineVersion)),
  ]

  return [
    { text: texts.documentTitle, style: 'title' },
    ...enteredInErrorBand(input),
    ...emergencyBands(input),
    {
      table: { widths: [110, '*'], body: details },
      layout: ROWS_LAYOUT,
      margin: [0, 0, 0, 8],
    },
    reviewMark(input),
    {
      text: texts.disclaimer,
      bold: true,
      fontSize: 11,
      margin: [0, 8, 0, 0],
    },
  ]
}

/** Above everything on page 1: that this intake was marked entered in error, by whom and why. */
function enteredInErrorBand({ intake, timeZone }: SummaryInput): Content[] {
  const marked = intake.enteredInError
  if (!marked) return []
  return [
    {
      unbreakable: true,
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                {
                  text: texts.enteredInError.mark,
                  bold: true,
                  fontSize: 28,
                  color: COLOURS.emergency,
                  characterSpacing: 1,
                },
                {
                  text: texts.enteredInError.detail(
                    marked.byName,
                    formatDateTime(marked.at, timeZone),
                    marked.reason,
                  ),
                  bold: true,
                  fontSize: 12,
                  margin: [0, 2, 0, 0],
                },
                { text: texts.enteredInError.advice, fontSize: 12, margin: [0, 2, 0, 0] },
              ],
            },
          ],
        ],
      },
      layout: boxLayout(COLOURS.emergency, 2),
      margin: [0, 0, 0, 8],
    },
  ]
}

/**
 * An emergency heads the document, above the patient details: one solid band per emergency flag.
 * The red-flag section below gives the answers that raised it.
 */
function emergencyBands({ assessment }: SummaryInput): Content[] {
  return assessment.redFlags
    .filter((flag) => flag.urgency === 'emergency')
    .map((flag) => {
      const definition = redFlagDefinition(flag.id)
      return {
        table: {
          widths: ['*'],
          body: [
            [
              {
                fillColor: COLOURS.emergency,
                color: '#ffffff',
                bold: true,
                fontSize: 12,
                text: `${summaryTexts.redFlags.urgency.emergency}: ${definition.name}. ${definition.advice}.`,
              },
            ],
          ],
        },
        layout: boxLayout(COLOURS.emergency, 1),
        margin: [0, 0, 0, 8],
      }
    })
}

/** A box that says plainly whether a clinician has signed this off. */
function reviewMark({ review, timeZone }: SummaryInput): Content {
  if (review) {
    return {
      table: {
        widths: ['*'],
        body: [
          [
            {
              text: texts.status.reviewedBy(
                review.signedBy,
                formatDateTime(review.signedAt, timeZone),
              ),
              bold: true,
              fontSize: 11,
            },
          ],
        ],
      },
      layout: boxLayout(COLOURS.text, 1),
    }
  }
  return {
    unbreakable: true,
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              {
                text: texts.status.notReviewed,
                bold: true,
                fontSize: 16,
                color: COLOURS.mark,
                characterSpacing: 1,
              },
              { text: texts.status.notReviewedDetail, margin: [0, 2, 0, 0] },
            ],
          },
        ],
      ],
    },
    layout: boxLayout(COLOURS.mark, 2),
  }
}
