import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'
import { startBrowserShell } from './browserShell'
import type { BrowserShell } from './browserShell'

interface ShellFixtures {
  /** A fresh, temporary data folder for this test. */
  dataDir: string
  /** The browser shell running on `dataDir`; stopped after the test. */
  shell: BrowserShell
}

export const test = base.extend<ShellFixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'clinic-intake-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  shell: async ({ dataDir }, use) => {
    const shell = await startBrowserShell(dataDir)
    await use(shell)
    await shell.stop()
  },
})

export { expect } from '@playwright/test'
