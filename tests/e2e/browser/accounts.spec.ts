// Issue 11, accounts: an administrator resets a front-desk password; the front desk signs in
// with it, is sent to choose their own (and nowhere else) until they have, then works normally.
import type { Page } from '@playwright/test'
import { expectNoSeriousAxeViolations } from '../support/accessibility'
import { expect, test } from '../support/fixtures'
import { signInThroughScreen } from '../support/openApp'
import { saveScreenshot } from '../support/screenshots'
import { E2E_ACCOUNTS, ensureAccount } from '../support/staffAccounts'

const TEMPORARY = 'walnut-harbour-cobalt-58'
const OWN = 'seven quiet herons at dawn'

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Username', { exact: true }).fill(username)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
}

test('a reset password must be changed at the next sign-in, then the app works as usual', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const frontDesk = E2E_ACCOUNTS.front_desk
  await ensureAccount(shell, 'front_desk')
  await page.goto(shell.url)

  // The administrator sets a temporary password.
  await signInThroughScreen(page, E2E_ACCOUNTS.admin.username)
  await expect(page.getByRole('heading', { name: 'Staff accounts' })).toBeVisible()
  await page
    .getByRole('button', { name: `Set a new password for ${frontDesk.displayName}` })
    .click()
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(TEMPORARY)
  await page.getByRole('button', { name: 'Save password' }).click()
  await expect(page.getByRole('status')).toContainText(
    `New password set for ${frontDesk.displayName}`,
  )
  await expect(page.getByRole('row', { name: new RegExp(frontDesk.displayName) })).toContainText(
    'Must change password at next sign-in',
  )
  await signOut(page)

  // The front desk signs in with it and sees only the password screen, saying why.
  await signIn(page, frontDesk.username, TEMPORARY)
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible()
  await expect(
    page.getByText('An administrator set a temporary password. Choose your own to continue.'),
  ).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeHidden()
  await expectNoSeriousAxeViolations(page, 'forced password change')
  await saveScreenshot(page, 'accounts-01-forced-password-change')

  // A password that is easy to guess is refused at its box; what was typed stays.
  await page.getByLabel('Temporary password').fill(TEMPORARY)
  await page.getByLabel('New password', { exact: true }).fill('password1234')
  await page.getByLabel('Repeat the new password').fill('password1234')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.locator('#change-password-new-error')).toContainText(
    /commonly used passwords|too easy to guess/,
  )
  await expect(page.getByLabel('Temporary password')).toHaveValue(TEMPORARY)
  await saveScreenshot(page, 'accounts-02-password-refused')

  await page.getByLabel('New password', { exact: true }).fill(OWN)
  await page.getByLabel('Repeat the new password').fill(OWN)
  await page.getByRole('button', { name: 'Change password' }).click()

  // Then the app, as usual: the patient list, and a patient saved.
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: 'Your password has been changed' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'New patient' }).click()
  await page.getByLabel('Given name').fill('Testy')
  await page.getByLabel('Family name').fill('Reset-Example')
  await page.getByLabel('Date of birth').fill('1975-06-15')
  await page.getByLabel('Sex').selectOption('female')
  await page.getByRole('button', { name: 'Save patient' }).click()
  await expect(page.getByRole('rowheader', { name: 'Reset-Example, Testy' })).toBeVisible()

  // From the header, any time: the password screen, and back to where they were.
  await page.getByRole('link', { name: 'Change password' }).click()
  await expect(page.getByRole('heading', { name: 'Change your password' })).toBeVisible()
  await expectNoSeriousAxeViolations(page, 'change password')
  await saveScreenshot(page, 'accounts-03-change-password')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible()

  // The next sign-in takes the password they chose, and asks nothing more.
  await signOut(page)
  await signIn(page, frontDesk.username, OWN)
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible()
})
