import type { PainSite } from '../../../shared/intake/answerOptions'
import { intakeTexts } from '../../../shared/i18n/en/intake'
import { optionLabel } from '../answerText'
import { bodyMapForPdf } from '../bodyMapSvg'
import { ROWS_LAYOUT } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'

const texts = summaryTexts

/** Width and height of the diagram in points: large enough that its Left/Right labels read. */
const DIAGRAM_SIZE = 250

const SCORE_KEYS = [
  'painNow',
  'painWorstWeek',
  'painAverageWeek',
  'interferenceEnjoyment',
  'interferenceActivity',
] as const

function scoresTable({ answers }: SummaryInput): Content {
  return {
    table: {
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
                fontSize: 11,
                alignment: 'right',
              },
        ]
      }),
    },
    layout: ROWS_LAYOUT,
  }
}

function sitesList(sites: readonly PainSite[] | undefined): Content {
  if (sites === undefined) return { text: intakeTexts.notAnswered, style: 'notAnswered' }
  if (sites.length === 0) return { text: texts.painMap.noSites, style: 'notAnswered' }
  return { ul: sites.map((site) => optionLabel('painSites', site)) }
}

/** The body diagram with the chosen regions filled, beside the pain scores and the areas in words. */
export function painMapSection(input: SummaryInput): Content[] {
  const sites = input.answers.painSites
  const diagram: Content =
    input.bodyMapSvg === null
      ? { text: '', width: 0 }
      : {
          width: DIAGRAM_SIZE,
          stack: [
            {
              svg: bodyMapForPdf(input.bodyMapSvg, sites ?? []),
              fit: [DIAGRAM_SIZE, DIAGRAM_SIZE],
            },
            { text: texts.painMap.legend, style: 'small', margin: [0, 2, 0, 0] },
          ],
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
                { text: texts.painScores.heading, style: 'subHeading', margin: [0, 0, 0, 3] },
                scoresTable(input),
                { text: `${texts.painMap.sites}:`, style: 'subHeading' },
                sitesList(sites),
              ],
            },
          ],
        },
      ],
    },
  ]
}
