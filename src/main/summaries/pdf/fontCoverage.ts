/**
 * The characters a TrueType font has glyphs for, read from its `cmap` table. A character the font
 * lacks would otherwise vanish silently from the PDF (pdfkit draws nothing for it), and a name or
 * a note that silently loses letters is wrong on a clinical document.
 */
export function fontCoverage(font: Buffer): (codePoint: number) => boolean {
  const cmap = findTable(font, 'cmap')
  if (cmap === null) throw new Error('The font has no character map')
  const count = font.readUInt16BE(cmap + 2)
  let format4: number | null = null
  let format12: number | null = null
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + i * 8
    const platform = font.readUInt16BE(record)
    const encoding = font.readUInt16BE(record + 2)
    const subtable = cmap + font.readUInt32BE(record + 4)
    const format = font.readUInt16BE(subtable)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode) continue
    if (format === 12) format12 ??= subtable
    if (format === 4) format4 ??= subtable
  }
  const covered = new Set<number>()
  if (format12 !== null) readFormat12(font, format12, covered)
  else if (format4 !== null) readFormat4(font, format4, covered)
  else throw new Error('The font has no Unicode character map')
  return (codePoint) => covered.has(codePoint)
}

function findTable(font: Buffer, tag: string): number | null {
  const tables = font.readUInt16BE(4)
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + i * 16
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8)
  }
  return null
}

function readFormat4(font: Buffer, table: number, covered: Set<number>): void {
  const segments = font.readUInt16BE(table + 6) / 2
  const ends = table + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let i = 0; i < segments; i += 1) {
    const end = font.readUInt16BE(ends + i * 2)
    const start = font.readUInt16BE(starts + i * 2)
    const delta = font.readUInt16BE(deltas + i * 2)
    const rangeOffsetAt = rangeOffsets + i * 2
    const rangeOffset = font.readUInt16BE(rangeOffsetAt)
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff
      else {
        const raw = font.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2)
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0) covered.add(code)
    }
  }
}

function readFormat12(font: Buffer, table: number, covered: Set<number>): void {
  const groups = font.readUInt32BE(table + 12)
  for (let i = 0; i < groups; i += 1) {
    const group = table + 16 + i * 12
    const start = font.readUInt32BE(group)
    const end = font.readUInt32BE(group + 4)
    const firstGlyph = font.readUInt32BE(group + 8)
    for (let code = start; code <= end; code += 1) {
      if (firstGlyph + (code - start) !== 0) covered.add(code)
    }
  }
}
