import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import type { Role } from '../../../src/shared/contract/roles'
import type { BrowserShell } from './browserShell'
import {
  E2E_ACCOUNTS,
  E2E_PASSWORD,
  E2E_TEMPORARY_PASSWORD,
  ensureAccount,
  rpc,
} from './staffAccounts'

/**
 * Opens the app in the browser shell as a member of staff with `role`, ready on its first
 * screen. Every browser spec starts here, so sign-in is added in one place: the account is made
 * (idempotently) the way a clinic makes it, then the person signs in through the sign-in screen.
 */
export async function openApp(
  page: Page,
  shell: BrowserShell,
  role: Role = 'front_desk',
): Promise<void> {
  await ensureAccount(shell, role)
  await page.goto(shell.url)
  await signInThroughScreen(page, E2E_ACCOUNTS[role].username)
  // Sign-ins are per tab now, and the launch token is not one: the spec's own calls (`rpc`,
  // which send the token and no cookies) sign in on their own session as the same person.
  await rpc(shell, 'auth.signIn', { username: E2E_ACCOUNTS[role].username, password: E2E_PASSWORD })
}

/** Fills the sign-in screen and waits until the app shows who is signed in. */
export async function signInThroughScreen(page: Page, username: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Username', { exact: true }).fill(username)
  await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}

/**
 * A new account's first sign-in: with the temporary password it was given, the app shows only
 * the password screen until the person chooses their own (`E2E_PASSWORD`), then the app.
 */
export async function firstSignInThroughScreen(page: Page, username: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Username', { exact: true }).fill(username)
  await page.getByLabel('Password', { exact: true }).fill(E2E_TEMPORARY_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible()
  await page.getByLabel('Temporary password').fill(E2E_TEMPORARY_PASSWORD)
  await page.getByLabel('New password', { exact: true }).fill(E2E_PASSWORD)
  await page.getByLabel('Repeat the new password').fill(E2E_PASSWORD)
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}
