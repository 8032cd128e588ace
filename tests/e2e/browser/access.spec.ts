import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { expectNoSeriousAxeViolations } from '../support/accessibility'
import { firstSignInThroughScreen, openApp, signInThroughScreen } from '../support/openApp'
import { saveScreenshot } from '../support/screenshots'
import { E2E_PASSWORD, E2E_TEMPORARY_PASSWORD, rpc } from '../support/staffAccounts'

async function addPerson(page: Page, person: { name: string; username: string; role: string }) {
  await page.getByRole('button', { name: 'Add a person' }).click()
  await page.getByLabel('Name', { exact: true }).fill(person.name)
  await page.getByLabel('Username').fill(person.username)
  await page.getByLabel('Role').selectOption({ label: person.role })
  await page.getByLabel('Temporary password').fill(E2E_TEMPORARY_PASSWORD)
  await page.getByRole('button', { name: 'Add account' }).click()
  await expect(page.getByRole('status')).toContainText(`Added ${person.name} (${person.username})`)
  // Like a reset password, theirs until they choose their own at the first sign-in.
  await expect(page.getByRole('row', { name: new RegExp(person.name) })).toContainText(
    'Must change password at next sign-in',
  )
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
}

function navLinks(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link')
}

test('first run: the administrator is created, adds staff, and each role sees only its screens', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000)
  await page.goto(shell.url)
  await expect(
    page.getByRole('heading', { name: 'Create the administrator account' }),
  ).toBeVisible()
  // Nothing of the app is reachable before an account exists.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

  // The clinic's name is asked for with the account (it heads every summary).
  await page.getByLabel('Clinic name').fill('Harbor Demo Spine Clinic')
  await page.getByLabel('Your name').fill('Ada Admin')
  await page.getByLabel('Username').fill('ada')
  await page.getByLabel('Password', { exact: true }).fill('short')
  await page.getByLabel('Repeat the password').fill('different')
  await page.getByRole('button', { name: 'Create administrator account' }).click()
  await expect(page.getByText('Use at least 10 characters')).toBeVisible()
  await expect(page.getByText('The two passwords are different')).toBeVisible()
  await expectNoSeriousAxeViolations(page, 'first-run setup')
  await saveScreenshot(page, 'access-01-first-run-errors')
  await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD)
  await page.getByLabel('Repeat the password').fill(E2E_PASSWORD)
  await page.getByRole('button', { name: 'Create administrator account' }).click()

  // The administrator lands on the staff accounts, with no patient screens at all.
  await expect(page.getByRole('heading', { name: 'Staff accounts' })).toBeVisible()
  await expect(navLinks(page)).toHaveText([
    'Agreement',
    'Users',
    'Audit trail',
    'Backups',
    'Workstations',
    'Settings',
  ])
  await addPerson(page, { name: 'Fran Desk', username: 'fran', role: 'Front desk' })
  await addPerson(page, { name: 'Dr Cleo Clinician', username: 'cleo', role: 'Clinician' })
  await expect(page.getByRole('row', { name: /Fran Desk/ })).toContainText('Front desk')
  await expect(page.getByRole('row', { name: /Cleo/ })).toContainText('Clinician')
  await expectNoSeriousAxeViolations(page, 'users')
  await saveScreenshot(page, 'access-02-users')
  // The patient list's address sends an administrator back to their own screens.
  await page.goto(`${shell.origin}/#/patients`)
  await expect(page.getByRole('heading', { name: 'Staff accounts' })).toBeVisible()
  await signOut(page)
  await expectNoSeriousAxeViolations(page, 'sign-in')
  await saveScreenshot(page, 'access-03-sign-in')

  await page.getByLabel('Username').fill('fran')
  await page.getByLabel('Password', { exact: true }).fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText('The username or password is not right.')
  await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Too many tries: wait')
  await saveScreenshot(page, 'access-04-sign-in-wait')
  await page.waitForTimeout(1100)
  await firstSignInThroughScreen(page, 'fran')
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible()
  await expect(navLinks(page)).toHaveText(['Patients', 'Open intakes', 'Worklist', 'Settings'])
  await expect(page.getByRole('banner')).toContainText('Fran Desk')
  await expect(page.getByRole('banner')).toContainText('Front desk')
  await page.goto(`${shell.origin}/#/admin/audit`)
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible()
  await saveScreenshot(page, 'access-05-front-desk')
  // The one door refuses what the screens do not offer, and records the refusal.
  const refused = await page.evaluate(async (token) => {
    const response = await fetch('/rpc/users.list', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        // This tab's own sign-in (see src/renderer/src/api/tabId.ts).
        'x-clinic-tab': globalThis.sessionStorage.getItem('clinic-intake.tab-id') ?? '',
      },
      body: '{}',
    })
    return (await response.json()) as { ok: boolean; error?: { kind: string } }
  }, shell.token)
  expect(refused).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
  await signOut(page)

  await firstSignInThroughScreen(page, 'cleo')
  await expect(navLinks(page)).toHaveText([
    'Patients',
    'Open intakes',
    'Worklist',
    'Agreement',
    'Settings',
  ])
  await signOut(page)

  // The audit screen shows all of it.
  await signInThroughScreen(page, 'ada')
  await page.getByRole('link', { name: 'Audit trail' }).click()
  await expect(page.getByTestId('audit-integrity')).toContainText('The audit trail is intact')
  const table = page.getByRole('table')
  await expect(table.getByRole('row', { name: /Refused call users\.list/ })).toContainText(
    'Refused: not allowed for this role',
  )
  await expect(table.getByRole('row', { name: /wrong username or password/ })).toContainText(
    'Sign-in',
  )
  await expect(table.getByRole('row', { name: /fran Sign-in/ })).toContainText('Done')
  await expectNoSeriousAxeViolations(page, 'audit trail')
  await saveScreenshot(page, 'access-06-audit')

  await page.getByLabel('User').selectOption({ label: 'fran' })
  await page.getByLabel('Action').selectOption({ label: 'Refused call' })
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByText('1 entry, newest first')).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(2)
  await saveScreenshot(page, 'access-07-audit-filtered')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^clinic-intake-audit-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync((await file.path()) as string, 'utf8')
    .trim()
    .split('\r\n')
  expect(csv[0]).toBe(
    'id,time_utc,user_id,username,shell,action,channel,record_type,record_id,patient_id,outcome,detail',
  )
  expect(csv).toHaveLength(2)
  expect(csv[1]).toContain(',fran,browser,refused,users.list,')

  await page.getByLabel('From').fill('2026-02-30')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByText('This date does not exist; check the day and month')).toBeVisible()
})

test('an administrator disables an account: that person is signed out and cannot sign in', async ({
  page,
  shell,
}) => {
  await openApp(page, shell, 'front_desk')
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible()
  // Meanwhile, at another screen of the same launch, the administrator disables the account.
  await rpc(shell, 'auth.signIn', { username: 'admin', password: E2E_PASSWORD })
  const { users } = (await rpc(shell, 'users.list')) as {
    users: { id: number; username: string }[]
  }
  const fran = users.find((user) => user.username === 'frontdesk')
  await rpc(shell, 'users.setDisabled', { id: fran?.id, disabled: true })
  await rpc(shell, 'auth.signOut')

  await page.getByLabel('Search patients').fill('anyone')
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Username').fill('frontdesk')
  await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'This account has been disabled. Ask an administrator.',
  )
})
