import type { PainSite } from '../../../shared/intake/answerOptions'
import type { AnswerKey } from '../../../shared/intake/answers'
import { intakeTexts } from '../../../shared/i18n/en/intake'
import { optionLabel } from '../answerText'
import { bodyMapForPdf } from '../bodyMapSvg'
import { ROWS_LAYOUT } from '../pdf/pdfStyles'
import type { Content, Inline } from '../pdf/pdfTypes'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'

const texts = summaryTexts

/** Width and height of the diagram in points: its Left/Right labels still read at this size. */
const DIAGRAM_SIZE = 130

const SCORE_KEYS = [
  'painNow',
  'painWorstWeek',
  'painAverageWeek',
  'interferenceEnjoyment',
  'interferenceActivity',
] as const

/** The answers this section shows, so the answers by section do not print them twice. */
export const SHOWN_IN_PAIN_MAP: ReadonlySet<AnswerKey> = new Set<AnswerKey>([
  'painSites',
  ...SCORE_KEYS,
])

function scoresTable({ answers }: SummaryInput): Content {
  return {
    table: {
      dontBreakRows: true,
      widths: ['*', 'auto'],
      body: SCORE_KEYS.map((key): Content[] => {
        const score = answers[key]
        return [
          { text: texts.painScores[key], style: 'label' },
          score === undefined
            ? { text: intakeTexts.notAnswered, style: 'notAnswered', alignment: 'right' }
            : {
                text: texts.painScores.outOfTen(score),
                bold: true,
                alignment: 'right',
              },
        ]
      }),
    },
    layout: { ...ROWS_LAYOUT, paddingTop: () => 1, paddingBottom: () => 1 },
  }
}

function sitesText(sites: readonly PainSite[] | undefined): Inline {
  if (sites === undefined) return { text: intakeTexts.notAnswered, style: 'notAnswered' }
  if (sites.length === 0) return { text: texts.painMap.noSites, style: 'notAnswered' }
  // One wrapped line, not a list: the diagram beside it already shows where.
  return { text: sites.map((site) => optionLabel('painSites', site)).join('  ·  '), bold: true }
}

function legend(input: SummaryInput): Content[] {
  if (input.bodyMapSvg === null) return []
  return [{ text: texts.painMap.legend, style: 'small', margin: [0, 3, 0, 0] }]
}

/** The body diagram with the chosen regions filled, beside the pain scores and the areas in words. */
export function painMapSection(input: SummaryInput): Content[] {
  const sites = input.answers.painSites
  const diagram: Content =
    input.bodyMapSvg === null
      ? { text: '', width: 0 }
      : {
          width: DIAGRAM_SIZE,
          svg: bodyMapForPdf(input.bodyMapSvg, sites ?? []),
          fit: [DIAGRAM_SIZE, DIAGRAM_SIZE],
        }
  return [
    {
      // Heading, diagram and scores stay together on one page.
      unbreakable: true,
      stack: [
        { text: texts.painMap.heading, style: 'sectionHeading' },
        {
          columnGap: 16,
          columns: [
            diagram,
            {
              width: '*',
              stack: [
                { text: texts.painScores.heading, style: 'subHeading', margin: [0, 0, 0, 1] },
                scoresTable(input),
                {
                  margin: [0, 4, 0, 0],
                  text: [{ text: `${texts.painMap.sites}: `, bold: true }, sitesText(sites)],
                },
                ...legend(input),
              ],
            },
          ],
        },
      ],
    },
  ]
}
