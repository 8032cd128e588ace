import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COLOURS } from '../../../src/main/summaries/pdf/pdfStyles'
import { URGENCY_PALETTE } from '../../../src/shared/ui/urgencyPalette'
import { REPO_ROOT } from '../../support/publicVignettes'

const RENDERER = join(REPO_ROOT, 'src/renderer/src')

function styleFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(css|vue)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Every CSS rule whose selector names an urgency (…--emergency, …--urgent, …--soon). */
function urgencyRules(): { file: string; selector: string; body: string }[] {
  const rules: { file: string; selector: string; body: string }[] = []
  for (const file of styleFiles(RENDERER)) {
    const css = readFileSync(file, 'utf8')
    for (const match of css.matchAll(
      /([^{}]*?--(?:emergency|urgent|soon|none)\b[^{}]*)\{([^}]*)\}/g,
    )) {
      rules.push({ file, selector: (match[1] ?? '').trim(), body: match[2] ?? '' })
    }
  }
  return rules
}

describe('one urgency palette, on screen and on paper', () => {
  it('gives the PDF the same urgency colours as the screen', () => {
    expect(COLOURS.emergency).toBe(URGENCY_PALETTE.emergency.strong)
    expect(COLOURS.urgent).toBe(URGENCY_PALETTE.urgent.strong)
    expect(COLOURS.soon).toBe(URGENCY_PALETTE.soon.strong)
  })

  it('colours every urgency rule of the renderer through the palette variables, never a hex of its own', () => {
    const rules = urgencyRules()
    // The badges, flag lists and worklist rows that show an urgency are all found.
    const soonRules = rules.filter((rule) => /--soon\b/.test(rule.selector))
    expect(soonRules.length).toBeGreaterThanOrEqual(3)
    for (const rule of rules) {
      const colours = rule.body.match(/#[0-9a-f]{3,8}\b/gi) ?? []
      // White text on a solid band is the one colour a rule may name itself.
      const own = colours.filter((colour) => !/^#fff(fff)?$/i.test(colour))
      // A var() fallback is allowed; a colour used directly is not.
      const direct = own.filter((colour) => !rule.body.includes(`, ${colour})`))
      expect(direct, `${rule.file}: ${rule.selector}`).toEqual([])
    }
    for (const rule of soonRules) expect(rule.body).toContain('var(--urgency-soon')
  })
})
