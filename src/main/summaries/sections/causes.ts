import type { CauseResult } from '../../../shared/clinical/assessment'
import { causeDefinition } from '../../../shared/clinical/assessment'
import { COLOURS } from '../pdf/pdfStyles'
import type { Content, Inline } from '../pdf/pdfTypes'
import { shortQuestionLabel } from '../shortQuestionLabels'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { keepWithNext } from './keepWithNext'

const texts = summaryTexts.causes

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1)
}

/** "Label: a; b; c" as one wrapped paragraph: several short items in the space of one line. */
function inlineList(label: string, items: readonly (string | Inline)[]): Content {
  const runs: Inline[] = [{ text: `${label}: `, bold: true }]
  items.forEach((item, index) => {
    if (index > 0) runs.push({ text: ';  ', color: COLOURS.muted })
    runs.push(item)
  })
  return { text: runs, margin: [0, 0.5, 0, 0] }
}

function causeBlock(cause: CauseResult): Content {
  const definition = causeDefinition(cause.id)
  const parts: Content[] = [
    {
      columns: [
        { width: '*', text: definition.name, bold: true, fontSize: 10.5 },
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
    cause.evidence.length > 0
      ? inlineList(
          texts.evidence,
          cause.evidence.map((item) => ({
            text: [item.phrase, { text: ` +${formatPoints(item.points)}`, color: COLOURS.muted }],
          })),
        )
      : { text: texts.noEvidence, style: 'notAnswered' },
  ]
  if (cause.limits.length > 0) {
    parts.push(
      inlineList(
        texts.limits,
        cause.limits.map((limit) => limit.phrase),
      ),
    )
  }
  if (cause.unansweredKeys.length > 0) {
    parts.push(
      inlineList(
        texts.unanswered,
        cause.unansweredKeys.map((key) => shortQuestionLabel(key)),
      ),
    )
  }
  if (definition.codes.length > 0) {
    parts.push(
      inlineList(
        texts.codes,
        definition.codes.map((code) => ({
          text: [
            { text: code.code, bold: true },
            ` ${code.label} `,
            { text: code.system, color: COLOURS.muted },
          ],
        })),
      ),
    )
  }
  return {
    // One cause reads as one unit; it moves to the next page whole when it fits on one.
    unbreakable: true,
    stack: parts,
    margin: [0, 0, 0, 7],
  }
}

/** The causes the engine flagged (likely or possible) with evidence and codes, then the sources. */
export function causesSection({ assessment }: SummaryInput): Content[] {
  const flagged = assessment.causes.filter((cause) => cause.tier !== 'unlikely')
  const others = assessment.causes.filter((cause) => cause.tier === 'unlikely')
  const blocks: Content[] =
    flagged.length === 0
      ? [{ text: texts.none, margin: [0, 0, 0, 4] }]
      : flagged.map((cause) => causeBlock(cause))
  const content = keepWithNext({ text: texts.heading, style: 'sectionHeading' }, blocks)
  // Several causes share a guideline: their sources once, together, in small type.
  const sources = [...new Set(flagged.flatMap((cause) => causeDefinition(cause.id).citations))]
  if (sources.length > 0) {
    content.push({
      text: `${texts.sources}: ${sources.join('; ')}`,
      style: 'small',
      margin: [0, 0, 0, 4],
    })
  }
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
