import { redFlagDefinition } from '../../../shared/clinical/assessment'
import { patientContextAtVisit } from '../../../shared/intake/patientContextAtVisit'
import { boxLayout, COLOURS, PAIRED_ROWS_LAYOUT } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
import { formatDateTime } from '../summaryDates'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'

const texts = summaryTexts

/**
 * Title, the patient and visit details in two compact columns, and the disclaimer: page 1's top.
 * Whether it was reviewed is said right after the red flags (see review.ts) and in every header.
 */
export function overviewSection(input: SummaryInput): Content[] {
  const { patient, intake, assessment, timeZone } = input
  const age = patientContextAtVisit(patient, intake.visitDate).ageYears
  const submittedAt = intake.submittedAt ? formatDateTime(intake.submittedAt, timeZone) : '—'
  const submitted = intake.submittedByName
    ? `${submittedAt}, by ${intake.submittedByName}`
    : submittedAt
  // Name, record number and visit date head every page (see pageFrame.ts); these add the rest.
  const details: [string, string][] = [
    [texts.patient.dateOfBirth, `${patient.dateOfBirth} (${texts.patient.ageAtVisit(age)})`],
    [texts.patient.submitted, submitted],
    [texts.patient.sex, texts.sex[patient.sex]],
    [texts.patient.engine, texts.patient.engineVersion(assessment.engineVersion)],
  ]
  const rows: Content[][] = []
  for (let index = 0; index < details.length; index += 2) {
    const left = details[index]
    const right = details[index + 1]
    if (!left) break
    rows.push([
      { text: left[0], style: 'label' },
      { text: left[1], bold: true },
      right ? { text: right[0], style: 'label' } : '',
      right ? { text: right[1], bold: true } : '',
    ])
  }

  return [
    { text: texts.documentTitle, style: 'title' },
    ...enteredInErrorBand(input),
    ...emergencyBands(input),
    {
      table: { widths: [62, '*', 92, '*'], body: rows, dontBreakRows: true },
      layout: PAIRED_ROWS_LAYOUT,
      margin: [0, 0, 0, 4],
    },
    { text: texts.disclaimer, bold: true, fontSize: 10.5, margin: [0, 2, 0, 0] },
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
                fontSize: 11.5,
                text: `${summaryTexts.redFlags.urgency.emergency}: ${definition.name}. ${definition.advice}.`,
              },
            ],
          ],
        },
        layout: boxLayout(COLOURS.emergency, 1),
        margin: [0, 0, 0, 6],
      }
    })
}
