import { intakeTexts } from '../../../shared/i18n/en/intake'
import type { AnswerKey, Answers } from '../../../shared/intake/answers'
import { QUESTIONNAIRE } from '../../../shared/intake/questionnaire'
import type { Question, Step } from '../../../shared/intake/questionnaire'
import { answerText } from '../answerText'
import { COLOURS, PAIRED_ROWS_LAYOUT } from '../pdf/pdfStyles'
import type { Content, Inline, TextNode, TextStyle } from '../pdf/pdfTypes'
import { shortQuestionLabel } from '../shortQuestionLabels'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { keepWithNext } from './keepWithNext'
import { SHOWN_IN_PAIN_MAP } from './painMap'

const texts = summaryTexts.answers

interface SortedAnswers {
  /** Answered with something other than a plain No: one row each, two to a row. */
  readonly shown: { question: Question; text: string }[]
  /** Yes/no questions answered No: one line, as a clinician writes "denies fever, ...". */
  readonly answeredNo: Question[]
  /** Not asked or not answered: one line, never mistaken for No. */
  readonly notAnswered: Question[]
}

function sortAnswers(questions: readonly Question[], answers: Answers): SortedAnswers {
  const sorted: SortedAnswers = { shown: [], answeredNo: [], notAnswered: [] }
  for (const question of questions) {
    // A screening question the patient could not answer has a text (answerText.ts): it was asked.
    const text = answerText(question, answers)
    if (text === null) sorted.notAnswered.push(question)
    else if (question.kind === 'yesno' && answers[question.key] === false) {
      sorted.answeredNo.push(question)
    } else sorted.shown.push({ question, text })
  }
  return sorted
}

/** A free-text answer longer than this reads better across the full width. */
const SHORT_TEXT = 60

/** Notes and long free text read best across the full width; everything else two to a row. */
function isFullWidth({ question, text }: { question: Question; text: string }): boolean {
  return question.kind === 'longtext' || (question.kind === 'text' && text.length > SHORT_TEXT)
}

function answerRows(shown: SortedAnswers['shown']): Content[][] {
  const rows: Content[][] = []
  const paired = shown.filter((item) => !isFullWidth(item))
  for (let index = 0; index < paired.length; index += 2) {
    const cells: Content[] = []
    for (const item of [paired[index], paired[index + 1]]) {
      if (item) {
        cells.push(
          { text: shortQuestionLabel(item.question.key), style: 'label' },
          { text: item.text, bold: true },
        )
      } else cells.push('', '')
    }
    rows.push(cells)
  }
  return rows
}

/**
 * Long free text as its label, then a paragraph of its own outside any table or unbreakable
 * block: a paragraph breaks between lines, while pdfmake drops or cuts an unsplittable block
 * taller than the page (a 10,000-character note is).
 */
function freeTextBlocks(shown: SortedAnswers['shown']): Content[] {
  return shown
    .filter(isFullWidth)
    .flatMap(({ question, text }): Content[] => [
      { text: `${shortQuestionLabel(question.key)}:`, style: 'label', margin: [0, 2, 0, 0] },
      { text },
    ])
}

/** "Label: question · question · question" in one wrapped paragraph. */
function questionLine(
  label: string,
  questions: readonly Question[],
  style: TextStyle,
  ending: string | null = null,
): TextNode {
  const runs: Inline[] = [{ text: `${label}: `, bold: true }]
  questions.forEach((question, index) => {
    if (index > 0) runs.push({ text: '  ·  ', color: COLOURS.muted })
    runs.push({ ...style, text: shortQuestionLabel(question.key) })
  })
  if (ending !== null) {
    if (questions.length > 0) runs.push({ text: '  ·  ', color: COLOURS.muted })
    runs.push({ ...style, text: ending })
  }
  return { text: runs, fontSize: 8, margin: [0, 2, 0, 0] }
}

function stepBlocks(step: Step, answers: Answers, listedUnderRedFlags: Set<AnswerKey>): Content[] {
  const questions = step.questions.filter((question) => !SHOWN_IN_PAIN_MAP.has(question.key))
  if (questions.length === 0) return []
  const { shown, answeredNo, notAnswered } = sortAnswers(questions, answers)
  // Red-flag questions left open are listed in full on page 1; here they are only counted.
  const alreadyListed = notAnswered.filter((question) => listedUnderRedFlags.has(question.key))
  const othersNotAnswered = notAnswered.filter((question) => !listedUnderRedFlags.has(question.key))
  const title = intakeTexts.steps[step.id].title
  const notAnsweredStyle: TextStyle = { italics: true, color: COLOURS.muted }
  const notAnsweredEnding =
    alreadyListed.length > 0 ? texts.redFlagQuestionsListed(alreadyListed.length) : null
  if (shown.length === 0 && answeredNo.length === 0) {
    // Nothing asked in this section: its title and what was not asked, on one line.
    return [
      {
        margin: [0, 5, 0, 0],
        ...questionLine(
          `${title}, ${texts.notAnswered.toLowerCase()}`,
          othersNotAnswered,
          notAnsweredStyle,
          notAnsweredEnding,
        ),
      },
    ]
  }
  const blocks: Content[] = []
  const rows = answerRows(shown)
  if (rows.length > 0) {
    blocks.push({
      table: {
        widths: ['25%', '25%', '25%', '25%'],
        // "Hard to start or / stop" must never be cut in two by a page break.
        dontBreakRows: true,
        body: rows,
      },
      layout: PAIRED_ROWS_LAYOUT,
    })
  }
  blocks.push(...freeTextBlocks(shown))
  if (answeredNo.length > 0) {
    blocks.push(questionLine(texts.answeredNo, answeredNo, {}))
  }
  if (notAnswered.length > 0) {
    blocks.push(
      questionLine(texts.notAnswered, othersNotAnswered, notAnsweredStyle, notAnsweredEnding),
    )
  }
  const [first, ...rest] = blocks
  if (first === undefined) return []
  // A section title is never left alone at the foot of a page.
  return [...keepWithNext({ text: title, style: 'subHeading' }, [first]), ...rest]
}

/**
 * The answers, section by section in the form's order: each answer in the form's words beside the
 * question's short label (shortQuestionLabels.ts), two to a row; the questions answered No on one line; the ones not answered on another, because "not
 * asked" must never read as "no". The pain map section already shows the areas and scores.
 */
export function answersBySection({ answers, assessment }: SummaryInput): Content[] {
  const listedUnderRedFlags = new Set(assessment.unansweredRedFlagKeys)
  const sections: Content[] = QUESTIONNAIRE.map((step) =>
    stepBlocks(step, answers, listedUnderRedFlags),
  ).filter((blocks) => blocks.length > 0)
  return keepWithNext({ text: texts.heading, style: 'sectionHeading' }, sections)
}
