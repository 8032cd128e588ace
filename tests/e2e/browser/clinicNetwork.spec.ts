// Issue 12: one clinic server, several workstations. Each browser context is one computer in
// the clinic, paired through the pairing page; Chromium trusts the server's own certificate
// (its SPKI hash, as an installed clinic CA would) and nothing else. Loopback only.
import { generateKeyPairSync, createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { publicVignette, vignetteAgeAndSex } from '../../support/publicVignettes'
import { withScreeningRecorded } from '../../support/screening'
import { startClinicServer } from '../support/clinicServer'
import type { ClinicServer } from '../support/clinicServer'
import { firstSignInThroughScreen, signInThroughScreen } from '../support/openApp'
import { saveScreenshot } from '../support/screenshots'
import { addAccountWithCli, E2E_ACCOUNTS, E2E_TEMPORARY_PASSWORD } from '../support/staffAccounts'
import { dateOfBirthForAge } from '../support/vignettes'
import {
  callInPage,
  launchTrusting,
  pairCodeWithCli,
  pairThroughPage,
  serverSpkiHash,
} from '../support/workstations'

const SCREEN = { width: 1366, height: 768 }

/** A call as the page's own tab; fails the test unless the door answered ok. */
async function call<T>(page: Page, channel: string, data: unknown): Promise<T> {
  const reply = await callInPage(page, channel, data)
  expect(reply.body.ok, `${channel}: ${JSON.stringify(reply.body.error)}`).toBe(true)
  return reply.body.value as T
}

interface AuditRow {
  at: string
  username: string | null
  shell: string
  action: string
  channel: string | null
  entityId: number | null
  outcome: string
}

async function auditRows(admin: Page): Promise<AuditRow[]> {
  const page = await call<{ entries: AuditRow[] }>(admin, 'audit.list', { limit: 500 })
  return page.entries
}

test('two workstations on one clinic server: pairing, per-person sign-in, live alert, revocation, certificates, a crash', async ({
  playwright,
}, testInfo) => {
  test.setTimeout(120_000)
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-intake-network-'))
  const opened: Browser[] = []
  let server: ClinicServer | null = null
  try {
    // The clinic's install: the administrator's account and the first pairing code come from
    // the server's console, before the server runs.
    addAccountWithCli(dataDir, 'admin')
    const adminCode = pairCodeWithCli(dataDir)
    server = await startClinicServer(dataDir)
    const origin = server.origin
    expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const spki = serverSpkiHash(dataDir)
    const launch = testInfo.project.use.launchOptions
    const browser = await launchTrusting(playwright.chromium, launch, spki)
    opened.push(browser)
    const newWorkstation = async (): Promise<[BrowserContext, Page]> => {
      const context = await browser.newContext({ viewport: SCREEN })
      return [context, await context.newPage()]
    }

    // The administrator's computer, paired with the console's code.
    const [, admin] = await newWorkstation()
    await pairThroughPage(admin, origin, adminCode, 'Office')
    await signInThroughScreen(admin, E2E_ACCOUNTS.admin.username)
    for (const role of ['front_desk', 'clinician'] as const) {
      await call(admin, 'users.create', {
        ...E2E_ACCOUNTS[role],
        role,
        password: E2E_TEMPORARY_PASSWORD,
      })
    }

    // An unpaired computer gets the pairing page and nothing else.
    const [, stranger] = await newWorkstation()
    await stranger.goto(origin)
    await expect(stranger.getByRole('heading', { name: 'Pair this workstation' })).toBeVisible()
    await saveScreenshot(stranger, 'network-01-pairing-page')
    const unpairedCall = await callInPage(stranger, 'auth.status', {})
    expect(unpairedCall.status).toBe(401)
    expect(unpairedCall.body).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'workstation_not_paired' },
    })

    // Workstation A (front desk) is paired with a code made on the Workstations screen.
    await admin.getByRole('link', { name: 'Workstations' }).click()
    await admin.getByRole('button', { name: 'Create pairing code' }).click()
    const codeA = (await admin.getByTestId('pairing-code').textContent())?.trim() ?? ''
    expect(codeA).not.toBe('')
    await saveScreenshot(admin, 'network-02-workstations-code')
    const [, deskA] = await newWorkstation()
    await pairThroughPage(deskA, origin, codeA, 'Front desk')
    await firstSignInThroughScreen(deskA, E2E_ACCOUNTS.front_desk.username)

    // Workstation B (clinician) with a code from the same door, called by the admin's screen.
    const codeB = await call<{ code: string }>(admin, 'workstations.createPairingCode', {})
    const [, roomB] = await newWorkstation()
    await pairThroughPage(roomB, origin, codeB.code, 'Room 3')
    await firstSignInThroughScreen(roomB, E2E_ACCOUNTS.clinician.username)
    // Signing in on B changed nobody else: A is still the front desk, the admin still the admin.
    for (const [page, account] of [
      [deskA, E2E_ACCOUNTS.front_desk],
      [admin, E2E_ACCOUNTS.admin],
    ] as const) {
      const status = await call<{ state: string; user?: { username: string } }>(
        page,
        'auth.status',
        {},
      )
      expect(status).toMatchObject({ state: 'signed_in', user: { username: account.username } })
      await expect(page.getByRole('banner')).toContainText(account.displayName)
    }

    // B keeps the worklist open; a marker in its window shows it is never reloaded.
    await roomB.getByRole('link', { name: 'Worklist' }).click()
    await expect(roomB.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible()
    await roomB.evaluate(() => ((globalThis as { stillOpen?: boolean }).stillOpen = true))

    // A's cauda equina intake (vignette P09), filled as a draft and submitted on the screen.
    const p09 = publicVignette('P09')
    const { ageYears, sex } = vignetteAgeAndSex(p09)
    const patient = await call<{ id: number }>(deskA, 'patients.create', {
      givenName: 'Testy',
      familyName: 'Caudapatient',
      dateOfBirth: dateOfBirthForAge(ageYears),
      sex,
    })
    const started = await call<{ intake: { id: number; version: number } }>(
      deskA,
      'intakes.start',
      { patientId: patient.id },
    )
    const intakeId = started.intake.id
    await call(deskA, 'intakes.saveDraft', {
      id: intakeId,
      version: started.intake.version,
      step: 'review',
      values: withScreeningRecorded(p09.answers),
    })
    await deskA.goto(`${origin}/#/intakes/${intakeId}/review`)
    const submit = deskA.getByRole('button', { name: 'Submit intake' })
    await expect(submit).toBeVisible()
    // The vignette leaves some red-flag questions open: the front desk confirms, as asked.
    const submitWithOpenQuestions = deskA.getByTestId('submit-without-them')
    if (await submitWithOpenQuestions.isVisible()) await submitWithOpenQuestions.check()
    await expect(submit).toBeEnabled()
    const submittedAt = Date.now()
    await submit.click()

    const row = roomB.locator(`tbody tr[data-intake-id="${intakeId}"]`)
    const alert = roomB.getByRole('region', { name: 'Emergency alerts' }).locator('article')
    await expect(row).toBeVisible({ timeout: 2000 })
    await expect(alert).toContainText('Caudapatient', { timeout: 2000 })
    const seenAfterMs = Date.now() - submittedAt
    expect(seenAfterMs, 'submit on A to worklist row and alert on B').toBeLessThan(2000)
    await expect(row.getByText('Emergency', { exact: true })).toBeVisible()
    expect(await roomB.evaluate(() => (globalThis as { stillOpen?: boolean }).stillOpen)).toBe(true)
    await expect(
      deskA.getByRole('heading', { name: /Submitted intake: Caudapatient, Testy/ }),
    ).toBeVisible()
    await saveScreenshot(roomB, 'network-03-worklist-emergency-alert')

    // B acknowledges; the trail says who and when.
    const beforeAcknowledge = new Date(Date.now() - 1000).toISOString()
    await alert.getByRole('button', { name: /^Acknowledge the emergency alert/ }).click()
    await expect(alert).toHaveCount(0)
    const trail = await auditRows(admin)
    const acknowledged = trail.find((entry) => entry.channel === 'alerts.acknowledge')
    expect(acknowledged).toMatchObject({
      username: E2E_ACCOUNTS.clinician.username,
      shell: 'browser',
      action: 'acknowledge',
      outcome: 'ok',
    })
    expect(acknowledged && acknowledged.at >= beforeAcknowledge).toBe(true)
    // Every call named the person at that workstation, though B signed in after A.
    // (The console's add-user at install time is there too, as the `cli`, with no person.)
    const by = (channel: string) =>
      new Set(
        trail
          .filter((entry) => entry.channel === channel && entry.shell === 'browser')
          .map((entry) => entry.username),
      )
    expect(by('intakes.submit')).toEqual(new Set([E2E_ACCOUNTS.front_desk.username]))
    expect(by('intakes.saveDraft')).toEqual(new Set([E2E_ACCOUNTS.front_desk.username]))
    expect(by('patients.create')).toEqual(new Set([E2E_ACCOUNTS.front_desk.username]))
    expect(by('alerts.listOpen')).toEqual(new Set([E2E_ACCOUNTS.clinician.username]))
    expect(by('users.create')).toEqual(new Set([E2E_ACCOUNTS.admin.username]))

    // The stranger is paired as a fourth computer, then revoked: its next call is refused.
    const codeD = await call<{ code: string }>(admin, 'workstations.createPairingCode', {})
    await pairThroughPage(stranger, origin, codeD.code, 'Spare laptop')
    await signInThroughScreen(stranger, E2E_ACCOUNTS.front_desk.username)
    await admin.reload()
    await admin
      .getByRole('row', { name: /Spare laptop/ })
      .getByRole('button', { name: 'Revoke Spare laptop' })
      .click()
    await admin.getByRole('button', { name: 'Revoke this workstation' }).click()
    await expect(admin.getByRole('status')).toHaveText('Spare laptop was revoked.')
    const revokedCall = await callInPage(stranger, 'auth.status', {})
    expect(revokedCall.status).toBe(401)
    expect(revokedCall.body).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', reason: 'workstation_revoked' },
    })
    await stranger.getByRole('link', { name: 'Open intakes' }).click()
    await expect(stranger.getByRole('heading', { name: 'Pair this workstation' })).toBeVisible()
    await expect(stranger.getByRole('alert')).toContainText('withdrawn by an administrator')

    // A computer that trusts another certificate (another server's) never reaches this one.
    const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey
    const otherSpki = createHash('sha256')
      .update(otherKey.export({ type: 'spki', format: 'der' }))
      .digest('base64')
    const elsewhere = await launchTrusting(playwright.chromium, launch, otherSpki)
    opened.push(elsewhere)
    const wrongPage = await elsewhere.newPage()
    await expect(wrongPage.goto(origin)).rejects.toThrow(/net::ERR_CERT_AUTHORITY_INVALID/)

    // The server dies while A types an intake, and comes back on the same port and folder.
    const second = await call<{ id: number }>(deskA, 'patients.create', {
      givenName: 'Testy',
      familyName: 'Crashpatient',
      dateOfBirth: '1970-03-04',
      sex: 'female',
    })
    const draft = await call<{ intake: { id: number } }>(deskA, 'intakes.start', {
      patientId: second.id,
    })
    await deskA.goto(`${origin}/#/intakes/${draft.intake.id}/function-care`)
    await deskA.getByLabel('What medicines do you take?').fill('Ibuprofen 400 mg')
    await expect(deskA.getByTestId('save-status')).toHaveText(/^Saved$/, { timeout: 5000 })
    const port = server.port
    await server.kill()
    server = null
    await deskA.getByLabel('Do you have any allergies?').fill('Penicillin: rash')
    await deskA.getByLabel('Anything else the clinician should know?').fill('Typed while offline')
    await expect(deskA.getByTestId('server-unreachable')).toContainText(
      'Clinic server unreachable, retrying',
    )
    server = await startClinicServer(dataDir, [], port)
    await expect(deskA.getByTestId('server-unreachable')).toHaveCount(0, { timeout: 15_000 })
    // Sessions live in the server's memory: after its restart, A signs in again if asked.
    const signIn = deskA.getByRole('heading', { name: 'Sign in' })
    const saved = deskA.getByTestId('save-status')
    await expect(signIn.or(saved.getByText(/^Saved$/))).toBeVisible({ timeout: 15_000 })
    if (await signIn.isVisible()) {
      await signInThroughScreen(deskA, E2E_ACCOUNTS.front_desk.username)
    }
    await expect
      .poll(
        async () => {
          const reply = await callInPage(deskA, 'intakes.get', { id: draft.intake.id })
          const value = reply.body.value as { intake: { values: Record<string, unknown> } }
          return reply.body.ok ? value.intake.values : reply.body.error
        },
        { timeout: 15_000 },
      )
      .toMatchObject({
        medications: 'Ibuprofen 400 mg',
        allergies: 'Penicillin: rash',
        notes: 'Typed while offline',
      })
  } finally {
    for (const browser of opened) await browser.close()
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
