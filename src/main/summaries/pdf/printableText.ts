import type { Content, DocDefinition, DynamicContent, Inline } from './pdfTypes'

/** Shown in place of a character the font cannot draw. */
export const UNPRINTABLE_MARK = '\uFFFD'

/**
 * A run of this many characters without a space cannot be a word a line should keep whole (a
 * pasted link, a row of dashes); such runs may break anywhere so they wrap instead of running
 * off the page.
 */
const LONGEST_UNBROKEN = 30
const LONG_RUN = new RegExp(`(\\S{${LONGEST_UNBROKEN},})`)

/** Text as inline runs, the long unbroken ones allowed to break between any characters. */
function wrappable(text: string): string | Inline[] {
  if (!LONG_RUN.test(text)) return text
  return text
    .split(LONG_RUN)
    .filter((part) => part !== '')
    .map((part) => (LONG_RUN.test(part) ? { text: part, wordBreak: 'break-all' as const } : part))
}

export interface PrintableDocument {
  readonly definition: DocDefinition
  /** How many characters had to be shown as UNPRINTABLE_MARK. */
  readonly replaced: number
}

/**
 * Makes every text in a document definition printable with the embedded font: composed Unicode
 * (a name typed as "e" plus a combining accent prints as "é"), and any character the font lacks
 * shown as a visible mark instead of silently vanishing. When anything was replaced, `notice`
 * heads the content so a reader knows to check the record on screen.
 */
export function makePrintable(
  definition: DocDefinition,
  isCovered: (codePoint: number) => boolean,
  notice: (replaced: number) => Content,
): PrintableDocument {
  let replaced = 0
  const printableChars = (value: string): string => {
    let out = ''
    for (const char of value.normalize('NFC')) {
      const code = char.codePointAt(0) ?? 0
      if (char === '\n' || char === '\r' || char === '\t' || isCovered(code)) out += char
      else {
        out += UNPRINTABLE_MARK
        replaced += 1
      }
    }
    return out
  }
  const text = (value: string): string | Inline[] => wrappable(printableChars(value))
  const inline = (value: Inline): Inline =>
    typeof value === 'string'
      ? { text: text(value) }
      : {
          ...value,
          text: typeof value.text === 'string' ? text(value.text) : value.text.map(inline),
        }
  const content = (node: Content): Content => {
    if (typeof node === 'string') {
      const printed = text(node)
      return typeof printed === 'string' ? printed : { text: printed }
    }
    if (Array.isArray(node)) return node.map(content)
    if ('text' in node) {
      return {
        ...node,
        text: typeof node.text === 'string' ? text(node.text) : node.text.map(inline),
      }
    }
    if ('stack' in node) return { ...node, stack: node.stack.map(content) }
    if ('columns' in node) return { ...node, columns: node.columns.map(content) }
    if ('ul' in node) return { ...node, ul: node.ul.map(content) }
    if ('table' in node) {
      return {
        ...node,
        table: { ...node.table, body: node.table.body.map((row) => row.map(content)) },
      }
    }
    // svg and canvas nodes carry no reader-facing text of ours.
    return node
  }
  const dynamic = (make: DynamicContent | undefined): DynamicContent | undefined =>
    make && ((page, count, size) => content(make(page, count, size)))
  const header = dynamic(definition.header)
  const footer = dynamic(definition.footer)

  const body = content(definition.content)
  // Header and footer are drawn per page later; drawing them once now counts what they replace
  // (the clinic's name appears only there).
  for (const make of [header, footer]) make?.(1, 1, { width: 595, height: 842 })
  const printable: DocDefinition = {
    ...definition,
    content: replaced > 0 ? [notice(replaced), body] : body,
    header,
    footer,
  }
  return { definition: printable, replaced }
}
