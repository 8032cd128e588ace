// The renderer's cost to the person at the screen: how much JavaScript the first screen needs,
// and how long from navigation until they can type on it. Run on its own (under the build lock,
// see bench/run.ts) it builds the app first and prints its figures as one JSON line.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { startBrowserShell } from '../tests/e2e/support/browserShell'
import { ensureAccount } from '../tests/e2e/support/staffAccounts'
import { percentile } from './support/stats'

const RENDERER_DIR = join('out', 'renderer')
/** Marks the line bench/run.ts reads the figures from. */
export const RESULT_PREFIX = 'RENDERER_METRICS '

export interface RendererMetrics {
  readonly initialJsGzipBytes: number
  readonly firstInteractiveMs: number
  readonly firstInteractiveRuns: number
}

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
 * Median milliseconds from navigation start until the first screen can be typed on, in
 * Debian's Chromium against the built browser shell, each run in a fresh browser context. The
 * data folder has staff accounts and nobody signed in, so the first screen is the sign-in screen
 * a clinic sees every morning; "interactive" is its first field visible and enabled.
 */
export async function firstInteractiveMs(runs = 7): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-bench-ui-'))
  const shell = await startBrowserShell(dataDir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    await ensureAccount(shell, 'front_desk')
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(shell.url, { waitUntil: 'commit' })
      // Rendered by Vue, so once it shows it responds: the screen is usable from here.
      await page.locator('input:enabled:visible').first().waitFor({ state: 'visible' })
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

/** Builds both shells into out/ (the browser shell serves out/renderer), as `npm run build`. */
export function buildApp(): void {
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.env.BENCH_SKIP_BUILD !== '1') buildApp()
  const runs = 7
  const metrics: RendererMetrics = {
    initialJsGzipBytes: initialJavaScriptGzipBytes(),
    firstInteractiveMs: await firstInteractiveMs(runs),
    firstInteractiveRuns: runs - 1,
  }
  console.log(`${RESULT_PREFIX}${JSON.stringify(metrics)}`)
}
