import type { Page } from '@playwright/test'
import type { Role } from '../../../src/shared/contract/roles'
import type { BrowserShell } from './browserShell'
import { E2E_ACCOUNTS, E2E_PASSWORD, ensureAccount, rpc } from './staffAccounts'

/**
 * Opens the app in the browser shell as a member of staff with `role`, ready on its first
 * screen. Every browser spec starts here, so sign-in is added in one place.
 */
export async function openApp(
  page: Page,
  shell: BrowserShell,
  role: Role = 'front_desk',
): Promise<void> {
  await ensureAccount(shell, role)
  await rpc(shell, 'auth.signIn', { username: E2E_ACCOUNTS[role].username, password: E2E_PASSWORD })
  await page.goto(shell.url)
}
