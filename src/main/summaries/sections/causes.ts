import type { CauseResult } from '../../../shared/clinical/assessment'
import { causeDefinition } from '../../../shared/clinical/assessment'
import { questionLabel } from '../answerText'
import { COLOURS } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { keepWithNext } from './keepWithNext'

const texts = summaryTexts.causes

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1)
}

function causeBlock(cause: CauseResult): Content {
  const definition = causeDefinition(cause.id)
  const parts: Content[] = [
    {
      columns: [
        { width: '*', text: definition.name, bold: true, fontSize: 11 },
        {
          width: 'auto',
          text: [
            { text: texts.tier[cause.tier], bold: cause.tier === 'likely' },
            {
              text: `  ·  ${texts.points(formatPoints(cause.points), formatPoints(cause.maxPoints))}`,
              color: COLOURS.muted,
            },
          ],
        },
      ],
    },
    { text: definition.description, color: COLOURS.muted, margin: [0, 1, 0, 3] },
    { text: `${texts.evidence}:`, style: 'label' },
    cause.evidence.length > 0
      ? {
          ul: cause.evidence.map((item) => ({
            text: [item.phrase, { text: `  +${formatPoints(item.points)}`, color: COLOURS.muted }],
          })),
        }
      : { text: texts.noEvidence, style: 'notAnswered' },
  ]
  if (cause.limits.length > 0) {
    parts.push(
      { text: `${texts.limits}:`, style: 'label', margin: [0, 3, 0, 0] },
      { ul: cause.limits.map((limit) => limit.phrase) },
    )
  }
  if (cause.unansweredKeys.length > 0) {
    parts.push(
      { text: `${texts.unanswered}:`, style: 'label', margin: [0, 3, 0, 0] },
      { ul: cause.unansweredKeys.map((key) => questionLabel(key)) },
    )
  }
  if (definition.codes.length > 0) {
    parts.push(
      { text: `${texts.codes}:`, bold: true, margin: [0, 3, 0, 0] },
      {
        ul: definition.codes.map((code) => ({
          text: [
            { text: code.code, bold: true },
            `  ${code.label}  `,
            { text: code.system, color: COLOURS.muted },
          ],
        })),
      },
    )
  }
  if (definition.citations.length > 0) {
    parts.push({
      text: `${texts.sources}: ${definition.citations.join('; ')}`,
      style: 'small',
      margin: [0, 3, 0, 0],
    })
  }
  return {
    // One cause reads as one unit; it moves to the next page whole when it fits on one.
    unbreakable: true,
    stack: parts,
    margin: [0, 0, 0, 10],
  }
}

/** The causes the engine flagged (likely or possible) with evidence, codes and sources. */
export function causesSection({ assessment }: SummaryInput): Content[] {
  const flagged = assessment.causes.filter((cause) => cause.tier !== 'unlikely')
  const others = assessment.causes.filter((cause) => cause.tier === 'unlikely')
  const blocks: Content[] =
    flagged.length === 0
      ? [{ text: texts.none, margin: [0, 0, 0, 4] }]
      : flagged.map((cause) => causeBlock(cause))
  const content = keepWithNext({ text: texts.heading, style: 'sectionHeading' }, blocks)
  if (others.length > 0) {
    content.push({
      text: [
        { text: `${texts.notFlagged}: `, style: 'label' },
        others.map((cause) => causeDefinition(cause.id).name).join(', '),
      ],
      margin: [0, 0, 0, 4],
    })
  }
  return content
}
