// NLM's LHC-Forms (npm `lforms`) in a page of its own, served from node_modules through
// Playwright's router: its prebuilt web component and R4 FHIR support, nothing downloaded.
import { readFileSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import type { Page } from '@playwright/test'
import { REPO_ROOT } from '../../support/publicVignettes'

const ORIGIN = 'http://lhc-forms.test'
const LFORMS_DIST = join(REPO_ROOT, 'node_modules', 'lforms', 'dist', 'lforms')

// The order the lforms README gives; module scripts and the deferred FHIR library run in
// document order, so LForms exists before its FHIR support attaches to it.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LHC-Forms</title>
<link rel="stylesheet" href="webcomponent/styles.css">
<script src="webcomponent/assets/lib/zone.min.js"></script>
<script src="webcomponent/runtime.js" type="module"></script>
<script src="webcomponent/polyfills.js" type="module"></script>
<script src="webcomponent/main.js" type="module"></script>
<script src="fhir/R4/lformsFHIR.min.js" defer></script>
</head>
<body><div id="formContainer"></div></body>
</html>`

const TYPES: Record<string, string> = {
  // UTF-8 said outright: the FHIRPath parser inside carries its grammar as non-ASCII text.
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/** A new page of the same browser context with LHC-Forms loaded and ready. */
export async function openLhcForms(page: Page): Promise<Page> {
  const lhc = await page.context().newPage()
  await lhc.route(`${ORIGIN}/**`, async (route) => {
    const path = normalize(new URL(route.request().url()).pathname).replace(/^\/+/, '')
    if (path === '' || path === 'index.html') {
      return route.fulfill({ body: PAGE, contentType: 'text/html; charset=utf-8' })
    }
    if (path.startsWith('..')) return route.fulfill({ status: 404 })
    try {
      return await route.fulfill({
        body: readFileSync(join(LFORMS_DIST, path)),
        contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      })
    } catch {
      return route.fulfill({ status: 404 })
    }
  })
  await lhc.goto(`${ORIGIN}/index.html`)
  await lhc.waitForFunction(() => {
    const lforms = (globalThis as { LForms?: { FHIR?: { R4?: unknown } } }).LForms
    return lforms?.FHIR?.R4 !== undefined
  })
  return lhc
}

/** The element id LHC-Forms gives a top-level question's control (first repeat of each). */
export function controlId(linkId: string): string {
  return `${linkId}/1/1`
}
