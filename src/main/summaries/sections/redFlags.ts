import type { RedFlagResult } from '../../../shared/clinical/assessment'
import { redFlagDefinition } from '../../../shared/clinical/assessment'
import type { Urgency } from '../../../shared/clinical/ids'
import { intakeTexts } from '../../../shared/i18n/en/intake'
import type { AnswerKey, Answers } from '../../../shared/intake/answers'
import { answerTextForKey, questionLabel } from '../answerText'
import { boxLayout, COLOURS } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
import { shortQuestionLabel } from '../shortQuestionLabels'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { keepWithNext } from './keepWithNext'

const texts = summaryTexts.redFlags

const URGENCY_COLOUR: Record<Urgency, string> = {
  emergency: COLOURS.emergency,
  urgent: COLOURS.urgent,
  soon: COLOURS.soon,
}

/** "Question → answer" for each answer behind a piece of evidence. */
export function answersBehind(keys: readonly AnswerKey[], answers: Answers): Content[] {
  return keys.map((key) => ({
    fontSize: 8,
    color: COLOURS.muted,
    text: [
      `${questionLabel(key)} `,
      {
        text: `${texts.answer}: ${answerTextForKey(key, answers) ?? intakeTexts.notAnswered}`,
        bold: true,
        color: COLOURS.text,
      },
    ],
  }))
}

function flagBox(flag: RedFlagResult, answers: Answers): Content {
  const definition = redFlagDefinition(flag.id)
  const colour = URGENCY_COLOUR[flag.urgency]
  const emergency = flag.urgency === 'emergency'
  const title: Content = {
    // An emergency is white on a solid band: it cannot be skimmed past, in colour or in grey.
    fillColor: emergency ? colour : COLOURS.faint,
    color: emergency ? '#ffffff' : colour,
    stack: [
      {
        text: [
          { text: `${texts.urgency[flag.urgency]}  `, bold: true, characterSpacing: 1 },
          { text: definition.name, bold: true },
        ],
        fontSize: emergency ? 13 : 11,
      },
      { text: definition.advice, bold: true, fontSize: emergency ? 11 : 9.5 },
    ],
  }
  const evidence: Content = {
    stack: [
      {
        ul: flag.evidence.map((item) => ({
          stack: [{ text: item.phrase }, ...answersBehind(item.keys, answers)],
          margin: [0, 0, 0, 1],
        })),
      },
    ],
  }
  return {
    unbreakable: true,
    margin: [0, 0, 0, 6],
    table: { widths: ['*'], body: [[title], [evidence]], dontBreakRows: true },
    layout: boxLayout(colour, emergency ? 3 : 1.5),
  }
}

/** Red flags head page 1: each with its urgency, what to do, and the answers that raised it. */
export function redFlagsSection({ assessment, answers }: SummaryInput): Content[] {
  const content = keepWithNext(
    { text: texts.heading, style: 'sectionHeading' },
    assessment.redFlags.length === 0
      ? [{ text: texts.none, margin: [0, 0, 0, 4] }]
      : assessment.redFlags.map((flag) => flagBox(flag, answers)),
  )
  if (assessment.unansweredRedFlagKeys.length > 0) {
    // Often a long list: short labels in three columns keep page 1 for what was found.
    const labels = assessment.unansweredRedFlagKeys.map((key) => shortQuestionLabel(key))
    const perColumn = Math.ceil(labels.length / 3)
    content.push({
      unbreakable: true,
      stack: [
        { text: `${texts.unansweredHeading}:`, style: 'subHeading' },
        {
          fontSize: 8.5,
          columnGap: 12,
          columns: [0, 1, 2].map((column): Content => {
            const items = labels.slice(column * perColumn, (column + 1) * perColumn)
            return items.length > 0 ? { width: '*', ul: items } : { width: '*', text: '' }
          }),
        },
      ],
    })
  }
  return content
}
