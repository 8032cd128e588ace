import { PAIN_SITES } from '../../shared/intake/answerOptions'
import type { PainSite } from '../../shared/intake/answerOptions'

/** Chosen regions: a strong fill that stays dark on a black-and-white printer. */
export const CHOSEN_FILL = '#c62828'
const CHOSEN_STROKE = '#6d0f0f'

const KNOWN_SITES: ReadonlySet<string> = new Set(PAIN_SITES)

/**
 * Refuses anything in the diagram that could make the PDF library load something: an image, a
 * reference to another file, a script. The file is ours, but the summary must never read a
 * path or URL because someone edited a drawing.
 */
export function assertSelfContainedSvg(svg: string): void {
  if (/<\s*(image|use|script|foreignObject|style)\b/i.test(svg) || /\bhref\s*=/i.test(svg)) {
    throw new Error(
      'The body diagram must be a self-contained drawing (no images, links or styles)',
    )
  }
}

/**
 * resources/body-map.svg with the patient's regions filled, ready for pdfmake's `svg` node. Each
 * region is the `<path>` whose id is its painSites value; a region missing from the drawing is an
 * error rather than a silently empty map.
 */
export function bodyMapForPdf(svg: string, sites: readonly PainSite[]): string {
  assertSelfContainedSvg(svg)
  const chosen = new Set<string>(sites)
  const drawn = new Set<string>()
  const start = svg.indexOf('<svg')
  const markup = svg
    .slice(start === -1 ? 0 : start)
    .replace(/<!--[\s\S]*?-->/g, '')
    // The note under the figures is too small to read at print size; the summary prints it as text.
    .replace(/<text id="label-sides-note"[^>]*>[^<]*<\/text>/, '')
    .replace(/<path id="([a-z_]+)" class="pain-region"/g, (match, site: string) => {
      drawn.add(site)
      if (!chosen.has(site)) return match
      return `${match} fill="${CHOSEN_FILL}" stroke="${CHOSEN_STROKE}" stroke-width="2"`
    })
  const missing = sites.filter((site) => KNOWN_SITES.has(site) && !drawn.has(site))
  if (missing.length > 0) {
    throw new Error(`The body diagram has no region for: ${missing.join(', ')}`)
  }
  return markup
}
