import { boxLayout, COLOURS, ROWS_LAYOUT } from '../pdf/pdfStyles'
import type { Content } from '../pdf/pdfTypes'
import type { ReviewContentForSummary, ReviewForSummary } from '../reviewForSummary'
import { formatDateTime } from '../summaryDates'
import type { SummaryInput } from '../summaryInput'
import { summaryTexts } from '../summaryTexts'
import { keepWithNext } from './keepWithNext'

const texts = summaryTexts.review

function contentBlock(content: ReviewContentForSummary): Content[] {
  const decisions: Content =
    content.decisions.length === 0
      ? { text: texts.noDecisions, style: 'notAnswered' }
      : {
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            // A decision and its comment are read together: a row never splits across pages.
            dontBreakRows: true,
            widths: ['30%', 70, '*'],
            body: [
              [
                { text: texts.cause, style: 'label' },
                { text: texts.decision, style: 'label' },
                { text: texts.comment, style: 'label' },
              ],
              ...content.decisions.map((item): Content[] => [
                { text: item.subject, bold: true },
                { text: item.decision, bold: true },
                item.comment === null ? { text: '—', color: COLOURS.muted } : item.comment,
              ]),
            ],
          },
          layout: ROWS_LAYOUT,
        }
  return [
    ...keepWithNext({ text: texts.decisions, style: 'subHeading' }, [decisions]),
    ...noteBlock(content.note),
  ]
}

/** Beyond this a note is not bound to its heading: pdfmake cuts an unbreakable block taller than a page. */
const KEEP_NOTE_WITH_HEADING = 600

function noteBlock(note: string): Content[] {
  const heading: Content = { text: texts.note, style: 'subHeading' }
  if (note.trim() === '')
    return keepWithNext(heading, [{ text: texts.noNote, style: 'notAnswered' }])
  return note.length <= KEEP_NOTE_WITH_HEADING ? keepWithNext(heading, [note]) : [heading, note]
}

/** What an amendment changed compared with the version before it, in one line per change. */
function changes(before: ReviewContentForSummary, after: ReviewContentForSummary): string[] {
  const previous = new Map(before.decisions.map((item) => [item.subject, item]))
  const lines: string[] = []
  for (const item of after.decisions) {
    const old = previous.get(item.subject)
    const from = old?.decision ?? texts.decisionLabels.none
    if (from !== item.decision) lines.push(texts.decisionChange(item.subject, from, item.decision))
    else if ((old?.comment ?? null) !== item.comment) {
      lines.push(`${item.subject}: ${texts.comment.toLowerCase()} changed`)
    }
  }
  if (before.note !== after.note) lines.push(texts.noteChanged)
  return lines.length > 0 ? lines : [texts.nothingChanged]
}

function reviewedSection(review: ReviewForSummary, timeZone: string | undefined): Content[] {
  const at = (iso: string) => formatDateTime(iso, timeZone)
  const latest = review.amendments.at(-1)
  const content: Content[] = [
    {
      text: texts.signedOff(review.signedBy, at(review.signedAt)),
      bold: true,
      margin: [0, 0, 0, 2],
    },
    // Which version is shown needs saying only when there is more than one.
    ...(latest
      ? [{ text: texts.currentAfterAmendment(at(latest.at)), style: 'subHeading', fontSize: 10 }]
      : []),
    ...contentBlock(latest?.content ?? review.signed),
  ]
  if (review.amendments.length > 0) {
    content.push({ text: texts.amendments, style: 'subHeading', fontSize: 10 })
    let before = review.signed
    for (const amendment of review.amendments) {
      content.push({
        margin: [0, 0, 0, 4],
        unbreakable: true,
        stack: [
          { text: texts.amendmentBy(at(amendment.at), amendment.by), bold: true },
          { text: [{ text: `${texts.reason}: `, style: 'label' }, amendment.reason] },
          { text: `${texts.changed}:`, style: 'label' },
          { ul: changes(before, amendment.content) },
        ],
      })
      before = amendment.content
    }
    content.push(
      { text: texts.asSigned, style: 'subHeading', fontSize: 10 },
      ...contentBlock(review.signed),
    )
  }
  return content
}

/**
 * The clinician's decisions, note, sign-off and amendments, or a plain NOT YET REVIEWED: on page 1,
 * right after the red flags, because it says how far to trust everything that follows.
 */
export function reviewSection({ review, timeZone }: SummaryInput): Content[] {
  const heading: Content = { text: texts.heading, style: 'sectionHeading' }
  if (review) return keepWithNext(heading, reviewedSection(review, timeZone))
  return [
    {
      unbreakable: true,
      stack: [heading, notReviewedBox()],
    },
  ]
}

function notReviewedBox(): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            text: [
              {
                text: `${texts.notReviewed}  `,
                bold: true,
                fontSize: 12,
                color: COLOURS.mark,
                characterSpacing: 1,
              },
              { text: texts.notReviewedDetail },
            ],
          },
        ],
      ],
    },
    layout: boxLayout(COLOURS.mark, 2),
  }
}
