import { intakeTexts } from '../../../shared/i18n/en/intake'
import { QUESTIONNAIRE } from '../../../shared/intake/questionnaire'
import type { Answers } from '../../../shared/intake/answers'
import type { Question, Step } from '../../../shared/intake/questionnaire'
import { answerText, questionLabel } from '../answerText'
import { ROWS_LAYOUT } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
import { shortQuestionLabel } from '../shortQuestionLabels'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { keepWithNext } from './keepWithNext'

const texts = summaryTexts.fullAnswers

/** One question: its short label over the form's own wording, then the answer as given. */
function questionRow(question: Question, answers: Answers): Content[] {
  const answer = answerText(question, answers)
  return [
    {
      stack: [
        { text: shortQuestionLabel(question.key), bold: true },
        { text: questionLabel(question.key), style: 'small' },
      ],
    },
    answer === null
      ? { text: summaryTexts.answers.notAnswered, style: 'notAnswered' }
      : { text: answer, bold: true },
  ]
}

function stepTable(step: Step, answers: Answers): Content[] {
  if (step.questions.length === 0) return []
  const table: Content = {
    table: {
      widths: ['55%', '45%'],
      headerRows: 1,
      // A question and its answer are never cut in two by a page break.
      dontBreakRows: true,
      body: [
        [
          { text: texts.question, style: 'label' },
          { text: texts.answer, style: 'label' },
        ],
        ...step.questions.map((question) => questionRow(question, answers)),
      ],
    },
    layout: ROWS_LAYOUT,
  }
  return keepWithNext({ text: intakeTexts.steps[step.id].title, style: 'subHeading' }, [table])
}

/**
 * "Full answers", only when asked for: every question of the form, in the form's order and
 * wording, with its answer or "Not answered". It starts on a page of its own after the two-page
 * summary, so the pages a clinician files first are the same with or without it.
 */
export function fullAnswersSection({ answers, fullAnswers }: SummaryInput): Content[] {
  if (fullAnswers !== true) return []
  const steps = QUESTIONNAIRE.flatMap((step) => stepTable(step, answers))
  return [
    { text: texts.heading, style: 'sectionHeading', pageBreak: 'before' },
    { text: texts.intro, style: 'small', margin: [0, 0, 0, 4] },
    ...steps,
  ]
}
