import { intakeTexts } from '../../../shared/i18n/en/intake'
import { QUESTIONNAIRE } from '../../../shared/intake/questionnaire'
import { answerText, questionLabel } from '../answerText'
import { ROWS_LAYOUT } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { keepWithNext } from './keepWithNext'

/**
 * Every question of the form, in the form's order and sections, with the answer in the form's
 * words; a question left unanswered says so, because "not asked" must never read as "no".
 */
export function answersBySection({ answers }: SummaryInput): Content[] {
  const tables: Content[] = []
  for (const step of QUESTIONNAIRE) {
    if (step.questions.length === 0) continue
    tables.push({
      // A section title is never left alone at the foot of a page.
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        widths: ['48%', '*'],
        body: [
          [{ text: intakeTexts.steps[step.id].title, style: 'subHeading', colSpan: 2 }, ''],
          ...step.questions.map((question): Content[] => {
            const text = answerText(question, answers)
            // Long free text (notes) uses the full width, so pages of it stay pages, not books.
            if (question.kind === 'longtext' && text !== null) {
              return [
                {
                  colSpan: 2,
                  stack: [
                    { text: questionLabel(question.key), style: 'label' },
                    { text, margin: [0, 2, 0, 0] },
                  ],
                },
                '',
              ]
            }
            return [
              { text: questionLabel(question.key), style: 'label' },
              text === null
                ? { text: intakeTexts.notAnswered, style: 'notAnswered' }
                : { text, bold: question.kind !== 'longtext' && question.kind !== 'text' },
            ]
          }),
        ],
      },
      layout: ROWS_LAYOUT,
      margin: [0, 0, 0, 4],
    })
  }
  return keepWithNext({ text: summaryTexts.answers.heading, style: 'sectionHeading' }, tables)
}
