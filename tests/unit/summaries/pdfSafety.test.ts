import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  assertSelfContainedSvg,
  bodyMapForPdf,
  CHOSEN_FILL,
} from '../../../src/main/summaries/bodyMapSvg'
import { renderPdf } from '../../../src/main/summaries/pdf/pdfEngine'
import type { DocDefinition } from '../../../src/main/summaries/pdf/pdfTypes'
import { PAIN_SITES } from '../../../src/shared/intake/answerOptions'
import { pdfText } from './summarySupport'

/** A definition with nodes our types do not offer (images, files), as an attacker might write. */
function untyped(definition: Record<string, unknown>): DocDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    ...definition,
  } as unknown as DocDefinition
}

const BODY_MAP = readFileSync(resolve(__dirname, '../../../resources/body-map.svg'), 'utf8')

describe('pdfmake loads nothing from outside the app', () => {
  it('renders plain text with the shipped fonts', async () => {
    const pdf = await renderPdf(untyped({ content: ['José Núñez, Zoë Ærøskøbing, Łukasz Żółć'] }))
    expect((await pdfText(pdf)).all).toBe('José Núñez, Zoë Ærøskøbing, Łukasz Żółć')
  })

  it('refuses an image given as a path on disk', async () => {
    await expect(renderPdf(untyped({ content: [{ image: '/etc/hostname' }] }))).rejects.toThrow(
      /Access to local file denied/,
    )
  })

  it('refuses a file to attach from disk', async () => {
    await expect(
      renderPdf(untyped({ content: ['x'], files: { leak: { src: '/etc/hostname' } } })),
    ).rejects.toThrow(/Access to local file denied/)
  })

  it('refuses an image from a URL before any request is made', async () => {
    await expect(
      renderPdf(
        untyped({
          content: [{ image: 'logo' }],
          images: { logo: 'https://example.invalid/logo.png' },
        }),
      ),
    ).rejects.toThrow(/Access to URL denied/)
  })
})

describe('the body diagram in the PDF', () => {
  it('is the shipped drawing, self-contained, with a region for every pain site', () => {
    expect(() => assertSelfContainedSvg(BODY_MAP)).not.toThrow()
    expect(() => bodyMapForPdf(BODY_MAP, [...PAIN_SITES])).not.toThrow()
  })

  it('fills exactly the chosen regions', () => {
    const svg = bodyMapForPdf(BODY_MAP, ['buttock_left', 'foot_right'])
    const filled = [
      ...svg.matchAll(new RegExp(`id="([a-z_]+)" class="pain-region" fill="${CHOSEN_FILL}"`, 'g')),
    ]
    expect(filled.map((match) => match[1]).sort()).toEqual(['buttock_left', 'foot_right'])
  })

  it('refuses a drawing that links to an image or another file', () => {
    const withImage = BODY_MAP.replace('</svg>', '<image href="file:///etc/hostname"/></svg>')
    expect(() => bodyMapForPdf(withImage, [])).toThrow(/self-contained/)
    const withUse = BODY_MAP.replace('</svg>', '<use xlink:href="other.svg#x"/></svg>')
    expect(() => bodyMapForPdf(withUse, [])).toThrow(/self-contained/)
  })

  it('says so when a chosen region is missing from the drawing', () => {
    const withoutFoot = BODY_MAP.replace(
      'id="foot_left" class="pain-region"',
      'class="pain-region"',
    )
    expect(() => bodyMapForPdf(withoutFoot, ['foot_left'])).toThrow(/foot_left/)
  })
})
