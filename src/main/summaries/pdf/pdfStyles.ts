import { URGENCY_PALETTE } from '../../../shared/ui/urgencyPalette'
import type { NodeStyle, TableLayout, TextStyle } from './pdfTypes'
import { PDF_FONT } from './pdfFont'

/**
 * Colours chosen to stay readable on a black-and-white printer (text never relies on colour).
 * Urgencies come from the app's one palette, so paper and screen agree.
 */
export const COLOURS = {
  text: '#111111',
  muted: '#555555',
  rule: '#999999',
  faint: '#f2f2f2',
  emergency: URGENCY_PALETTE.emergency.strong,
  urgent: URGENCY_PALETTE.urgent.strong,
  soon: URGENCY_PALETTE.soon.strong,
  mark: URGENCY_PALETTE.emergency.strong,
  painFill: '#c62828',
} as const

export const DEFAULT_STYLE: TextStyle = {
  font: PDF_FONT,
  fontSize: 9,
  lineHeight: 1.1,
  color: COLOURS.text,
}

export const STYLES: Record<string, NodeStyle> = {
  title: { fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
  sectionHeading: { fontSize: 12, bold: true, margin: [0, 8, 0, 3] },
  subHeading: { fontSize: 9.5, bold: true, margin: [0, 4, 0, 1] },
  label: { color: COLOURS.muted },
  small: { fontSize: 7, color: COLOURS.muted },
  notAnswered: { italics: true, color: COLOURS.muted },
}

/** Thin horizontal rules between rows, as on a printed form. */
export const ROWS_LAYOUT: TableLayout = {
  hLineWidth: (row) => (row === 0 ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => COLOURS.rule,
  paddingLeft: (column) => (column === 0 ? 0 : 6),
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
}

/** Rows of two question-and-answer pairs side by side: a wider gap before the second pair. */
export const PAIRED_ROWS_LAYOUT: TableLayout = {
  ...ROWS_LAYOUT,
  paddingLeft: (column) => (column === 0 ? 0 : column === 2 ? 12 : 4),
}

/** A box around one block (used for flags and the review mark). */
export function boxLayout(colour: string, width = 1.5): TableLayout {
  return {
    hLineWidth: () => width,
    vLineWidth: () => width,
    hLineColor: () => colour,
    vLineColor: () => colour,
    paddingLeft: () => 8,
    paddingRight: () => 8,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  }
}
