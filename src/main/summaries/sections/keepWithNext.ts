import type { Content } from '../pdf/pdfTypes'

/**
 * A heading kept on the same page as the first block under it, so no page ends on a heading whose
 * content starts overleaf. Long first blocks still break normally (pdfmake gives up on
 * "unbreakable" for anything taller than a page).
 */
export function keepWithNext(heading: Content, blocks: readonly Content[]): Content[] {
  const [first, ...rest] = blocks
  if (first === undefined) return [heading]
  return [{ unbreakable: true, stack: [heading, first] }, ...rest]
}
