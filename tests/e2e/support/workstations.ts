// Workstations of a clinic server in the e2e specs: a Chromium that trusts the server's own
// certificate (and nothing else), pairing through the pairing page, codes from the console.
import { spawnSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import type { Browser, BrowserType, LaunchOptions, Page } from '@playwright/test'

/**
 * What Chromium's `--ignore-certificate-errors-spki-list` takes: the base64 SHA-256 of a
 * certificate's SubjectPublicKeyInfo. A browser given the clinic server's is as one whose
 * administrator installed the clinic's certificate: it trusts that server, and no other.
 */
export function spkiHash(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' })
  return createHash('sha256').update(spki).digest('base64')
}

/** The SPKI hash of the server certificate the clinic server keeps in its data folder. */
export function serverSpkiHash(dataDir: string): string {
  return spkiHash(readFileSync(join(dataDir, 'tls', 'server-certificate.pem'), 'utf8'))
}

/**
 * A Chromium (the project's own launch options) that trusts only the certificate whose SPKI
 * hash is given: a workstation set up for one clinic server.
 */
export function launchTrusting(
  chromium: BrowserType,
  projectLaunch: LaunchOptions | undefined,
  spki: string,
): Promise<Browser> {
  return chromium.launch({
    ...projectLaunch,
    args: [...(projectLaunch?.args ?? []), `--ignore-certificate-errors-spki-list=${spki}`],
  })
}

/**
 * `npm run cli -- pair-code` on the server's console, before the server runs: the first
 * workstation's code (the administrator's). Returns the code it printed.
 */
export function pairCodeWithCli(dataDir: string): string {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/main/cli/index.ts', 'pair-code', '--data-dir', dataDir],
    { encoding: 'utf8' },
  )
  const code = /^Pairing code: (\S+)$/m.exec(result.stdout)?.[1]
  if (result.status !== 0 || !code) throw new Error(`pair-code failed: ${result.stderr}`)
  return code
}

/**
 * Pairs the page's browser context as a workstation the way staff do it: the server answers an
 * unpaired browser with the pairing page; a name and the code, and the app's sign-in follows.
 */
export async function pairThroughPage(
  page: Page,
  origin: string,
  code: string,
  name: string,
): Promise<void> {
  await page.goto(origin)
  await expect(page.getByRole('heading', { name: 'Pair this workstation' })).toBeVisible()
  await page.getByLabel('Name of this computer').fill(name)
  await page.getByLabel('Pairing code').fill(code)
  await page.getByRole('button', { name: 'Pair this workstation' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
}

/** A door's answer as the page got it: the HTTP status and the JSON envelope. */
export interface PageReply {
  readonly status: number
  readonly body: {
    readonly ok: boolean
    readonly value?: unknown
    readonly error?: { readonly kind: string; readonly reason?: string; readonly message: string }
  }
}

/**
 * A call to the one door made from inside the page, as its own tab makes it: Chromium's
 * connection (so its certificate trust), the device and session cookies, the page's origin and
 * its tab id. (Playwright's own request client would not trust the clinic's certificate.)
 */
export function callInPage(page: Page, channel: string, data: unknown): Promise<PageReply> {
  return page.evaluate(
    async ({ channel, data }) => {
      const tab = globalThis.sessionStorage.getItem('clinic-intake.tab-id')
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(tab ? { 'x-clinic-tab': tab } : {}) },
        body: JSON.stringify(data),
      })
      return { status: response.status, body: (await response.json()) as PageReply['body'] }
    },
    { channel, data },
  )
}
