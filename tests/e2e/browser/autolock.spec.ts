import { startBrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { expectNoSeriousAxeViolations } from '../support/accessibility'
import { openApp } from '../support/openApp'
import { saveScreenshot } from '../support/screenshots'
import { E2E_PASSWORD, ensureAccount } from '../support/staffAccounts'

const IDLE_SECONDS = 4

test('the idle screen locks, unlocks with the same password, and the half-typed intake is intact', async ({
  page,
  dataDir,
}) => {
  test.setTimeout(90_000)
  const shell = await startBrowserShell(dataDir, ['--idle-lock-seconds', String(IDLE_SECONDS)])
  try {
    await ensureAccount(shell, 'clinician')
    await openApp(page, shell, 'front_desk')
    await page.getByRole('link', { name: 'New patient' }).click()
    await page.getByLabel('Given name').fill('Locky')
    await page.getByLabel('Family name').fill('Idle-Example')
    await page.getByLabel('Date of birth').fill('1972-03-04')
    await page.getByLabel('Sex').selectOption('female')
    await page.getByRole('button', { name: 'Save and start intake' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Pain map' })).toBeVisible()
    await page.getByRole('checkbox', { name: 'Outer hip, right' }).check()
    await page
      .getByRole('navigation', { name: 'Intake steps' })
      .getByRole('link', { name: /^\d* ?Onset and course/ })
      .click()
    const weeks = page.getByLabel('How many weeks has this episode of pain lasted?')
    const firstAge = page.getByLabel('How old were you when you first ever had back pain?')
    await weeks.fill('about 3')
    await weeks.press('Tab')
    await firstAge.fill('35')
    await expect(page.getByText(/Enter the number of weeks as a number/)).toBeVisible()

    // Hands off the keyboard: the screen locks by itself, and covers the patient's answers.
    const locked = page.getByRole('dialog', { name: 'Screen locked' })
    await expect(locked).toBeVisible({ timeout: IDLE_SECONDS * 1000 + 5000 })
    await expect(locked).toContainText('Locked for Fran Desk (frontdesk)')
    await expect(weeks).toBeHidden()
    await expect(page.getByText('Idle-Example')).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
    await expectNoSeriousAxeViolations(page, 'lock screen')
    await saveScreenshot(page, 'autolock-01-locked')

    await page.getByLabel('Password', { exact: true }).fill('not-my-password')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await expect(locked.getByRole('alert')).toHaveText('That password is not right.')
    await saveScreenshot(page, 'autolock-02-wrong-password')
    await page.waitForTimeout(1100)
    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD)
    await page.getByRole('button', { name: 'Unlock' }).click()

    // Exactly where it was: same step, same values, the same message at the field.
    await expect(locked).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1, name: 'Onset and course' })).toBeVisible()
    await expect(weeks).toHaveValue('about 3')
    await expect(firstAge).toHaveValue('35')
    await expect(page.getByText(/Enter the number of weeks as a number/)).toBeVisible()
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved$/, { timeout: 5000 })

    // Someone else signs in at the locked screen: Fran is signed out, her draft stays saved.
    await page.getByRole('button', { name: 'Lock screen' }).click()
    await expect(locked).toBeVisible()
    await page.getByRole('button', { name: 'Sign in as someone else' }).click()
    await expect(locked).toContainText('This signs Fran Desk out')
    await page.getByLabel('Username').fill('clinician')
    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD)
    await saveScreenshot(page, 'autolock-03-someone-else')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    // Someone else starts on their own first screen: a clinician's is the worklist.
    await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible()
    await expect(page.getByRole('banner')).toContainText('Dr Cleo Clinician')
    await page.getByRole('link', { name: 'Open intakes' }).click()
    const row = page.getByRole('row', { name: /Idle-Example, Locky/ })
    await expect(row).toContainText('Onset and course')
    await row.getByRole('link', { name: /Resume intake/ }).click()
    await expect(weeks).toHaveValue('about 3')
    await expect(firstAge).toHaveValue('35')
  } finally {
    await shell.stop()
  }
})
