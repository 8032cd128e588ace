// Turns the shared body diagram (resources/body-map.svg) into markup for inline use in the page:
// ids become data-part attributes (a page may show the diagram twice, and ids must be unique),
// chosen regions get the is-selected class, and the drawn labels are replaced by translated
// text. Pure string work on our own file, so it is easy to test and needs no DOM.

export interface BodyMapLabels {
  front: string
  back: string
  left: string
  right: string
  note: string
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

// Which drawn label shows which text. Front view: the patient faces us, so their right is on
// our left; back view: their left is on our left. The SVG places the words; we only translate.
const LABEL_TEXT: Record<string, keyof BodyMapLabels> = {
  'label-front': 'front',
  'label-back': 'back',
  'label-front-right': 'right',
  'label-front-left': 'left',
  'label-back-left': 'left',
  'label-back-right': 'right',
  'label-sides-note': 'note',
}

export function bodyMapMarkup(
  svg: string,
  selected: ReadonlySet<string>,
  labels: BodyMapLabels,
): string {
  const start = svg.indexOf('<svg')
  return (
    svg
      .slice(start === -1 ? 0 : start)
      // The picture scales with its box; the file's fixed size is for the PDF and viewers.
      .replace(/(<svg[^>]*?) width="\d+" height="\d+"/, '$1')
      .replace(/<title>[^<]*<\/title>/, '')
      .replace(
        /<text id="([a-z-]+)"([^>]*)>[^<]*<\/text>/g,
        (_match, id: string, attrs: string) => {
          const key = LABEL_TEXT[id]
          const text = key === undefined ? '' : escapeXml(labels[key])
          return `<text data-part="${id}"${attrs}>${text}</text>`
        },
      )
      .replace(
        / id="([a-z_]+)" class="pain-region"/g,
        (_match, site: string) =>
          ` data-part="${site}" class="pain-region${selected.has(site) ? ' is-selected' : ''}"`,
      )
      .replace(/ id="/g, ' data-part="')
  )
}
