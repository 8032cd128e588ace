import { readFileSync } from 'node:fs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { startBrowserShell } from '../tests/e2e/support/browserShell'
import { percentile } from './support/stats'

const RENDERER_DIR = join('out', 'renderer')

/**
 * The JavaScript a browser must fetch before the first screen: the entry module and every
 * module it preloads, gzipped (as a server would send it). Lazily loaded screens are excluded.
 */
export function initialJavaScriptGzipBytes(rendererDir = RENDERER_DIR): number {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1] as string)
  return sources.reduce(
    (total, src) =>
      total +
      gzipSync(readFileSync(join(rendererDir, src.replace(/^\.?\//, ''))), { level: 9 }).length,
    0,
  )
}

/**
 * Median milliseconds from navigation start to the first screen's first input being visible,
 * in Debian's Chromium against the built browser shell, each run in a fresh browser context.
 */
export async function firstInteractiveMs(runs = 7): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-bench-ui-'))
  const shell = await startBrowserShell(dataDir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(shell.url, { waitUntil: 'commit' })
      await page.locator('main input, main button').first().waitFor({ state: 'visible' })
      // performance.now() counts from this navigation's start.
      samples.push(await page.evaluate(() => performance.now()))
      await context.close()
    }
    return percentile(samples.slice(1), 50) // the first run warms the disk cache
  } finally {
    await browser.close()
    await shell.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
