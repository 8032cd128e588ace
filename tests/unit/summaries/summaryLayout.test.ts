import { describe, expect, it } from 'vitest'
import { MAX_NOTES_TEXT } from '../../../src/shared/intake/answers'
import { expectOk } from '../support/testCore'
import {
  firstPageSize,
  pdfText,
  renderSummary,
  submittedIntake,
  useSummaryCore,
} from './summarySupport'

const openCore = useSummaryCore()

/** About MAX_NOTES_TEXT characters of ordinary words, numbered so any lost part shows. */
function longNote(): string {
  const words: string[] = []
  for (let i = 1; words.join(' ').length < MAX_NOTES_TEXT - 40; i += 1) words.push(`word${i}`)
  return `${words.join(' ')} LASTWORDSMARKER`
}

describe('long free text', () => {
  it('wraps and carries over pages with nothing lost, and page x of y stays right', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const short = await submittedIntake(api, { painNow: 3, notes: 'Short note.' })
    const note = longNote()
    expect(note.length).toBeLessThanOrEqual(MAX_NOTES_TEXT)
    const long = await submittedIntake(api, { painNow: 3, notes: note })

    const shortPages = (await pdfText(await renderSummary(api, short.intakeId))).pages
    const { pages, all } = await pdfText(await renderSummary(api, long.intakeId))
    expect(pages.length).toBeGreaterThanOrEqual(shortPages.length)
    // The note itself runs from one page onto the next.
    const starts = pages.findIndex((page) => /\bword1 word2 /.test(page))
    expect(starts).toBeGreaterThanOrEqual(0)
    expect(pages.findIndex((page) => page.includes('LASTWORDSMARKER'))).toBeGreaterThan(starts)
    // Every word of the note is there, in order, including the last ones.
    const printed = all.match(/word\d+/g) ?? []
    const expectedCount = (note.match(/word\d+/g) ?? []).length
    expect(printed.slice(-expectedCount)).toEqual(note.match(/word\d+/g))
    expect(all).toContain('LASTWORDSMARKER')
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`)
      expect(page).toContain('Patient: Example, Testy')
    })
  })

  it('breaks a very long word without spaces instead of running off the page', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const unbroken = `${'x'.repeat(1500)}END`
    const { intakeId } = await submittedIntake(api, { medications: unbroken })
    const { all } = await pdfText(await renderSummary(api, intakeId))
    expect(all.replace(/ /g, '')).toContain(unbroken)
  })
})

describe('paper size', () => {
  it('is A4 by default and US Letter when the settings say so', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const { intakeId } = await submittedIntake(api, { painNow: 4 })
    expect(await firstPageSize(await renderSummary(api, intakeId))).toEqual({
      width: 595,
      height: 842,
    })
    const admin = as('admin')
    const settings = expectOk(await admin.settings.get({}))
    expectOk(
      await admin.settings.update({
        clinicName: 'Demo Clinic',
        clinicAddress: '',
        paperSize: 'LETTER',
        version: settings.version,
      }),
    )
    expect(await firstPageSize(await renderSummary(api, intakeId))).toEqual({
      width: 612,
      height: 792,
    })
  })
})

describe('characters the font cannot draw', () => {
  it('shows them as a visible mark with a notice, never drops them silently', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    // Combining accents are composed first, so "Jose" + U+0301 prints as "José".
    const { intakeId } = await submittedIntake(
      api,
      { notes: 'Pain like → this, 痛い' },
      { givenName: 'Jose\u0301', familyName: 'Demo' },
    )
    const { all } = await pdfText(await renderSummary(api, intakeId))
    expect(all).toContain('Demo, José')
    expect(all).toContain('Pain like \uFFFD this, \uFFFD\uFFFD')
    expect(all).toContain('3 characters in this summary cannot be printed with its font')
  })

  it('prints no notice when every character can be drawn', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const { intakeId } = await submittedIntake(
      api,
      { notes: 'Ærø, Żółć, Núñez, Ελένη, Ольга, “quoted” – dash' },
      { givenName: 'Zoë', familyName: 'Ærøskøbing' },
    )
    const { all } = await pdfText(await renderSummary(api, intakeId))
    expect(all).toContain('Ærø, Żółć, Núñez, Ελένη, Ольга, “quoted” – dash')
    expect(all).not.toContain('cannot be printed')
  })
})
