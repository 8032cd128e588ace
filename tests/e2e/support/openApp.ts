import type { Page } from '@playwright/test'
import type { Role } from '../../../src/shared/contract/roles'
import type { BrowserShell } from './browserShell'

/**
 * Opens the app in the browser shell as a member of staff with `role`, ready on its first
 * screen. Every browser spec starts here, so sign-in is added in one place.
 */
export async function openApp(
  page: Page,
  shell: BrowserShell,
  _role: Role = 'front_desk',
): Promise<void> {
  await page.goto(shell.url)
}
