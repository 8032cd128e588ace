// Issue 13, item 3 (and the landing of item 6): a clinician marks a wrong intake "entered in
// error" with a reason; it leaves the worklist at once and stays in the patient's history,
// struck through. Front desk discards a draft only after a confirmation.
import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { BrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { firstSignInThroughScreen, signInThroughScreen } from '../support/openApp'
import { SCREENSHOT_DIR } from '../support/screenshots'
import { E2E_ACCOUNTS, E2E_PASSWORD, E2E_TEMPORARY_PASSWORD } from '../support/staffAccounts'
import { localDay } from '../support/vignettes'
import type { Role } from '../../../src/shared/contract/roles'

/**
 * The tab the test's own calls sign in on. Sign-ins are per tab (see src/main/http/
 * sessionCookies.ts), held in HttpOnly cookies of the browser context: calls made through
 * `page.request` share that cookie store, so they keep a session of their own beside the page's.
 */
const SEED_TAB = 'e2e-seeding'

interface Envelope {
  ok: boolean
  value?: unknown
  error?: unknown
}

type Call = <T = unknown>(channel: string, payload?: unknown) => Promise<T>

function seeder(page: Page, shell: BrowserShell): Call {
  return async <T>(channel: string, payload: unknown = {}) => {
    const response = await page.request.post(`${shell.origin}/rpc/${channel}`, {
      headers: { Authorization: `Bearer ${shell.token}`, 'x-clinic-tab': SEED_TAB },
      data: payload,
    })
    const reply = (await response.json()) as Envelope
    if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`)
    return reply.value as T
  }
}

/**
 * Sets up the clinic the way a clinic does (the administrator first, who adds `role`), signs
 * the page in as `role` through the sign-in screen, and signs the test's own calls in as the
 * same person, for seeding patients and intakes.
 */
async function openAs(page: Page, shell: BrowserShell, role: Exclude<Role, 'admin'>) {
  const call = seeder(page, shell)
  await page.goto(shell.url)
  const admin = E2E_ACCOUNTS.admin
  await call('auth.setupAdmin', { ...admin, password: E2E_PASSWORD })
  await call('users.create', { ...E2E_ACCOUNTS[role], role, password: E2E_TEMPORARY_PASSWORD })
  await call('auth.signOut')
  await page.reload()
  await firstSignInThroughScreen(page, E2E_ACCOUNTS[role].username)
  await call('auth.signIn', { username: E2E_ACCOUNTS[role].username, password: E2E_PASSWORD })
  return call
}

const REASON = 'Wrong patient: these answers were Ana Nunez’s, entered under Ana Nunes.'

function daysAgo(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() - days)
  return localDay(date)
}

/** What a clinician sees at 1366x768, the typical clinic PC, saved for people to look at. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

async function submitFor(
  call: Call,
  patientId: number,
  answers: Record<string, unknown>,
  visitDate: string,
): Promise<number> {
  const started = await call<{ intake: { id: number; version: number } }>('intakes.start', {
    patientId,
    visitDate,
  })
  await call('intakes.submit', {
    id: started.intake.id,
    version: started.intake.version,
    // The four cauda equina questions must be asked before a submit: asked, answered no.
    answers: {
      saddleNumbness: false,
      bladderChange: false,
      bowelChange: false,
      sexualFunctionChange: false,
      ...answers,
    },
  })
  return started.intake.id
}

async function patient(call: Call, givenName: string, familyName: string) {
  return (
    await call<{ id: number }>('patients.create', {
      givenName,
      familyName,
      dateOfBirth: '1980-02-02',
      sex: 'female',
    })
  ).id
}

test.use({ viewport: { width: 1366, height: 768 } })

test('a clinician marks an intake entered in error: it leaves the worklist and is struck through in the history', async ({
  page,
  shell,
}) => {
  const call = await openAs(page, shell, 'clinician')
  // Clinicians land on their own first screen.
  await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible()

  const nunes = await patient(call, 'Ana', 'Nunes')
  await submitFor(call, nunes, { painSites: ['low_back_central'], painNow: 3 }, daysAgo(30))
  const wrongId = await submitFor(
    call,
    nunes,
    { painSites: ['low_back_central'], painNow: 9, painWorstWeek: 10, saddleNumbness: true },
    daysAgo(0),
  )
  const other = await patient(call, 'Testy', 'Otherpatient')
  await submitFor(call, other, { painNow: 4 }, daysAgo(0))

  await page.getByRole('link', { name: 'Worklist', exact: true }).click()
  await expect(page.getByText('Awaiting review (3)')).toBeVisible()
  await page.getByRole('link', { name: 'Open the intake of Nunes, Ana' }).first().click()
  await expect(page).toHaveURL(new RegExp(`/review/${wrongId}$`))

  await page.getByRole('button', { name: 'Mark entered in error' }).click()
  const dialog = page.getByRole('dialog', { name: 'Mark this intake entered in error?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Reason')).toBeFocused()
  // No reason: refused at the box, nothing sent.
  await dialog.getByRole('button', { name: 'Mark entered in error' }).click()
  await expect(dialog.getByText('at least 3 characters')).toBeVisible()
  await dialog.getByLabel('Reason').fill(REASON)
  await screenshot(page, 'entered-in-error-dialog')
  await dialog.getByRole('button', { name: 'Mark entered in error' }).click()
  await expect(dialog).toBeHidden()

  const notice = page.getByTestId('entered-in-error-notice')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Entered in error')
  await expect(notice).toContainText(REASON)
  // The emergency it raised was never true: no emergency bar, and the sign-off is gone.
  await expect(page.locator('.emergency-bar')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Sign off' })).toHaveCount(0)

  const wrongRow = page.locator('tr[data-entered-in-error="true"]')
  await expect(wrongRow).toHaveCount(1)
  await expect(wrongRow).toContainText(`Entered in error: ${REASON}`)
  await expect(wrongRow.locator('td').first()).toHaveCSS('text-decoration-line', 'line-through')
  await wrongRow.scrollIntoViewIfNeeded()
  await screenshot(page, 'entered-in-error-history')

  await page.getByRole('link', { name: 'Worklist', exact: true }).click()
  await expect(page.getByText('Awaiting review (2)')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open the intake of Nunes, Ana' })).toHaveCount(1)
  await page.getByRole('link', { name: 'Open the intake of Nunes, Ana' }).click()
  // The patient's earlier, true intake: its history shows the wrong one struck through.
  await expect(page.locator('tr[data-entered-in-error="true"]')).toContainText(REASON)
})

test('front desk discards a draft started by mistake, after confirming', async ({
  page,
  shell,
}) => {
  const call = await openAs(page, shell, 'front_desk')
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible()
  const nunes = await patient(call, 'Ana', 'Nunes')
  await call('intakes.start', { patientId: nunes })

  await page.getByRole('link', { name: 'Open intakes' }).click()
  const discard = page.getByRole('button', { name: 'Discard the draft for Nunes, Ana' })
  await discard.click()
  const dialog = page.getByRole('dialog', { name: 'Discard this draft?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Keep the draft' }).click()
  await expect(dialog).toBeHidden()
  await expect(discard).toBeVisible()

  await discard.click()
  await screenshot(page, 'discard-draft-dialog')
  await dialog.getByRole('button', { name: 'Discard draft' }).click()
  await expect(
    page.getByRole('status').getByText('The draft for Nunes, Ana was discarded.'),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Discard the draft for Nunes, Ana' })).toHaveCount(
    0,
  )
})

test('an administrator lands on Staff accounts with no refused call in the audit trail', async ({
  page,
  shell,
}) => {
  const call = seeder(page, shell)
  await page.goto(shell.url)
  const admin = E2E_ACCOUNTS.admin
  await call('auth.setupAdmin', { ...admin, password: E2E_PASSWORD })
  await call('auth.signOut')
  await page.reload()
  await signInThroughScreen(page, admin.username)
  await expect(page.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible()
  await expect(page.getByText('Your account does not allow this')).toHaveCount(0)
  // A second load (the start page again) lands there too.
  await page.goto(`${shell.origin}/#/`)
  await expect(page.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible()

  await call('auth.signIn', { username: admin.username, password: E2E_PASSWORD })
  const { entries } = await call<{ entries: unknown[] }>('audit.list', {
    filter: { action: 'refused' },
  })
  expect(entries).toEqual([])
})
