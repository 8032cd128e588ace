import type { RedFlagResult } from '../../../shared/clinical/assessment'
import { redFlagDefinition } from '../../../shared/clinical/assessment'
import type { Urgency } from '../../../shared/clinical/ids'
import { intakeTexts } from '../../../shared/i18n/en/intake'
import type { AnswerKey, Answers } from '../../../shared/intake/answers'
import { answerTextForKey, questionLabel } from '../answerText'
import { boxLayout, COLOURS } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
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
    fontSize: 8.5,
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
        fontSize: emergency ? 14 : 11.5,
      },
      { text: definition.advice, bold: true, fontSize: emergency ? 11.5 : 10 },
    ],
  }
  const evidence: Content = {
    stack: [
      { text: `${texts.raisedBy}:`, style: 'label', margin: [0, 0, 0, 2] },
      {
        ul: flag.evidence.map((item) => ({
          stack: [{ text: item.phrase }, ...answersBehind(item.keys, answers)],
          margin: [0, 0, 0, 2],
        })),
      },
    ],
  }
  return {
    unbreakable: true,
    margin: [0, 0, 0, 8],
    table: { widths: ['*'], body: [[title], [evidence]] },
    layout: boxLayout(colour, emergency ? 3 : 1.5),
  }
}

/** Red flags come first: each with its urgency, what to do, and the answers that raised it. */
export function redFlagsSection({ assessment, answers }: SummaryInput): Content[] {
  const content = keepWithNext(
    { text: texts.heading, style: 'sectionHeading' },
    assessment.redFlags.length === 0
      ? [{ text: texts.none, margin: [0, 0, 0, 4] }]
      : assessment.redFlags.map((flag) => flagBox(flag, answers)),
  )
  if (assessment.unansweredRedFlagKeys.length > 0) {
    // Often a long list: two narrow columns keep the red flags and causes near each other.
    const labels = assessment.unansweredRedFlagKeys.map((key) => questionLabel(key))
    const half = Math.ceil(labels.length / 2)
    content.push(
      { text: `${texts.unansweredHeading}:`, style: 'subHeading' },
      {
        fontSize: 8.5,
        columnGap: 14,
        columns: [
          { width: '*', ul: labels.slice(0, half) },
          { width: '*', ul: labels.slice(half) },
        ],
      },
    )
  }
  return content
}
