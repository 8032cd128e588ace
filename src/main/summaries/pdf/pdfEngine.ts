import { readFileSync } from 'node:fs'
import pdfmake from 'pdfmake'
import { resourcePath } from '../resourceFiles'
import { fontCoverage } from './fontCoverage'
import { PDF_FONT } from './pdfFont'
import type { DocDefinition } from './pdfTypes'

/**
 * Each style's file in resources/fonts, and the name it gets in pdfmake's in-memory file store.
 * The names are the fonts' PostScript names on purpose: pdfkit caches a loaded font under that
 * name, so text inside the body-diagram SVG (which asks for the font by file name) finds the
 * font pdfmake already loaded instead of looking for a file on disk.
 */
const FONT_FILES = {
  normal: { file: 'Roboto-Regular.ttf', name: 'Roboto-Regular' },
  bold: { file: 'Roboto-Medium.ttf', name: 'Roboto-Medium' },
  italics: { file: 'Roboto-Italic.ttf', name: 'Roboto-Italic' },
  bolditalics: { file: 'Roboto-MediumItalic.ttf', name: 'Roboto-MediumItalic' },
} as const

let configured = false
let coverage: ((codePoint: number) => boolean) | null = null

/**
 * Sets pdfmake up once per process: our fonts read into its in-memory store, and every other way
 * pdfmake can load something (a URL, a path on disk) refused. A document definition therefore
 * cannot make the app fetch from the network or read a local file, whatever text it holds.
 */
export function configurePdfmake(): void {
  if (configured) return
  const covers: ((codePoint: number) => boolean)[] = []
  for (const { file, name } of Object.values(FONT_FILES)) {
    const font = readFileSync(resourcePath('fonts', file))
    pdfmake.virtualfs.writeFileSync(name, font)
    covers.push(fontCoverage(font))
  }
  // A character counts as printable only when every style (bold, italic ...) can draw it.
  coverage = (codePoint) => covers.every((covered) => covered(codePoint))
  pdfmake.addFonts({
    [PDF_FONT]: {
      normal: FONT_FILES.normal.name,
      bold: FONT_FILES.bold.name,
      italics: FONT_FILES.italics.name,
      bolditalics: FONT_FILES.bolditalics.name,
    },
  })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  configured = true
}

/** Whether the summary's font can draw a character (in every style). */
export function isPrintable(codePoint: number): boolean {
  configurePdfmake()
  return coverage?.(codePoint) ?? false
}

/** Lays out and renders a document definition into PDF bytes. */
export async function renderPdf(definition: DocDefinition): Promise<Buffer> {
  configurePdfmake()
  // pdfmake annotates the definition while laying it out; callers build a fresh one each time.
  return pdfmake.createPdf(definition).getBuffer()
}
