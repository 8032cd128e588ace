import type { NodeStyle, TableLayout, TextStyle } from './pdfTypes'
import { PDF_FONT } from './pdfFont'

/** Colours chosen to stay readable on a black-and-white printer (text never relies on colour). */
export const COLOURS = {
  text: '#111111',
  muted: '#555555',
  rule: '#999999',
  faint: '#f2f2f2',
  emergency: '#a50e0e',
  urgent: '#b35900',
  soon: '#1f4e79',
  mark: '#a50e0e',
  painFill: '#c62828',
} as const

export const DEFAULT_STYLE: TextStyle = {
  font: PDF_FONT,
  fontSize: 9.5,
  lineHeight: 1.15,
  color: COLOURS.text,
}

export const STYLES: Record<string, NodeStyle> = {
  title: { fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
  sectionHeading: { fontSize: 12.5, bold: true, margin: [0, 14, 0, 6] },
  subHeading: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  label: { color: COLOURS.muted },
  small: { fontSize: 8, color: COLOURS.muted },
  notAnswered: { italics: true, color: COLOURS.muted },
}

/** Thin horizontal rules between rows, as on a printed form. */
export const ROWS_LAYOUT: TableLayout = {
  hLineWidth: (row) => (row === 0 ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => COLOURS.rule,
  paddingLeft: (column) => (column === 0 ? 0 : 6),
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
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
    paddingTop: () => 6,
    paddingBottom: () => 6,
  }
}
