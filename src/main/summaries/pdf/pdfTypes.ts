// The part of pdfmake 0.3's document definition this app uses, typed (pdfmake ships no types).
// Kept deliberately small: a node the summary needs and this file does not describe is a prompt
// to add it here, not to reach for `any`.

export type Margins = number | [number, number] | [number, number, number, number]
export type Alignment = 'left' | 'right' | 'center' | 'justify'
export type ColumnWidth = number | '*' | 'auto' | `${number}%`

export interface TextStyle {
  font?: string
  fontSize?: number
  bold?: boolean
  italics?: boolean
  color?: string
  background?: string
  lineHeight?: number
  alignment?: Alignment
  characterSpacing?: number
  decoration?: 'underline' | 'lineThrough' | 'overline'
  /** Keeps a short run on one line. */
  noWrap?: boolean
  /** 'break-all' lets a run break between any two characters (for very long tokens). */
  wordBreak?: 'normal' | 'break-all'
}

export interface NodeStyle extends TextStyle {
  style?: string | string[]
  margin?: Margins
  /** Table cell background. */
  fillColor?: string
  /** Table cell borders: left, top, right, bottom. */
  border?: [boolean, boolean, boolean, boolean]
  colSpan?: number
  width?: ColumnWidth
  /** Keeps the whole node on one page when it fits on one. */
  unbreakable?: boolean
  pageBreak?: 'before' | 'after'
  id?: string
  /** 0 (invisible) to 1 (solid). */
  opacity?: number
}

export interface TableLayout {
  hLineWidth?: (row: number, node: unknown) => number
  vLineWidth?: (column: number, node: unknown) => number
  hLineColor?: (row: number, node: unknown) => string
  vLineColor?: (column: number, node: unknown) => string
  paddingLeft?: (column: number, node: unknown) => number
  paddingRight?: (column: number, node: unknown) => number
  paddingTop?: (row: number, node: unknown) => number
  paddingBottom?: (row: number, node: unknown) => number
  fillColor?: (row: number, node: unknown, column: number) => string | null
}

export interface CanvasLine {
  type: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  lineWidth?: number
  lineColor?: string
}

export interface CanvasRect {
  type: 'rect'
  x: number
  y: number
  w: number
  h: number
  r?: number
  lineWidth?: number
  lineColor?: string
  color?: string
}

export interface TextNode extends NodeStyle {
  text: string | Inline[]
}

export type Inline = string | (TextStyle & { text: string | Inline[]; style?: string | string[] })

export interface StackNode extends NodeStyle {
  stack: Content[]
}

export interface ColumnsNode extends NodeStyle {
  columns: Content[]
  columnGap?: number
}

export interface ListNode extends NodeStyle {
  ul: Content[]
  markerColor?: string
}

export interface TableNode extends NodeStyle {
  table: {
    widths?: ColumnWidth[]
    headerRows?: number
    /** Keeps the header with at least this many rows after it. */
    keepWithHeaderRows?: number
    dontBreakRows?: boolean
    body: Content[][]
  }
  layout?: 'noBorders' | 'headerLineOnly' | 'lightHorizontalLines' | TableLayout
}

export interface SvgNode extends NodeStyle {
  /** The SVG markup itself (never a file name or URL). */
  svg: string
  fit?: [number, number]
  height?: number
}

export interface CanvasNode extends NodeStyle {
  canvas: (CanvasLine | CanvasRect)[]
}

export type ContentNode =
  TextNode | StackNode | ColumnsNode | ListNode | TableNode | SvgNode | CanvasNode

export type Content = string | ContentNode | Content[]

export type PageSize = 'A4' | 'LETTER'

export interface PageDimensions {
  width: number
  height: number
}

export type DynamicContent = (
  currentPage: number,
  pageCount: number,
  pageSize: PageDimensions,
) => Content

/** pdfmake calls a background with the page number and size only. */
export type BackgroundContent = (currentPage: number, pageSize: PageDimensions) => Content

export interface DocDefinition {
  pageSize: PageSize
  pageMargins: [number, number, number, number]
  content: Content
  header?: DynamicContent
  footer?: DynamicContent
  /** Drawn on every page behind the content, over the whole page. */
  background?: BackgroundContent
  styles?: Record<string, NodeStyle>
  defaultStyle?: TextStyle
  info?: { title?: string; subject?: string; author?: string; creator?: string; producer?: string }
  language?: string
  displayTitle?: boolean
}
