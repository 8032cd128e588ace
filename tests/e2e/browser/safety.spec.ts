import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadOrCreateKeyFile } from '../../../src/main/storage/keyFile'
import { startBrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { expectNoSeriousAxeViolations } from '../support/accessibility'
import { openApp, signInThroughScreen } from '../support/openApp'
import { saveScreenshot } from '../support/screenshots'
import { E2E_ACCOUNTS } from '../support/staffAccounts'

const DATABASE = 'clinic-intake.sqlite3'

test('an administrator backs up on demand and restores a backup from the Backups screen', async ({
  page,
  shell,
  dataDir,
}) => {
  await openApp(page, shell, 'admin')
  await page.getByRole('link', { name: 'Backups' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible()
  await expect(page.getByLabel('Backup folder')).toHaveValue(join(dataDir, 'backups'))

  await page.getByLabel('Backups to keep').fill('0')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Keep 1 to 365 backups')).toBeVisible()
  await page.getByLabel('Backups to keep').fill('7')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status')).toHaveText('Backup settings saved.')

  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByRole('status')).toContainText('written and checked')
  const row = page.getByRole('row', { name: /clinic-intake-.*\.sqlite3/ })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('newest')
  await expectNoSeriousAxeViolations(page, 'backups')
  await saveScreenshot(page, 'safety-01-backups')

  await row.getByRole('button', { name: /Restore/ }).click()
  await expect(page.getByRole('group', { name: /Restore the backup made/ })).toContainText(
    'The current database is kept aside',
  )
  await saveScreenshot(page, 'safety-02-restore-confirm')
  await page.getByRole('button', { name: 'Restore now' }).click()
  await expect(page.getByRole('status')).toContainText('The backup was restored')
  expect(readdirSync(dataDir).some((name) => name.startsWith(`${DATABASE}.replaced-`))).toBe(true)
  await page.getByRole('button', { name: 'Sign in again' }).click()
  await signInThroughScreen(page, E2E_ACCOUNTS.admin.username)
  await page.getByRole('link', { name: 'Audit trail' }).click()
  await expect(page.getByRole('table')).toContainText('Restore')
  await expect(page.getByTestId('audit-integrity')).toContainText('intact')
})

test('a backup copied in from elsewhere shows where it came from and restores only after an explicit confirmation', async ({
  page,
  shell,
  dataDir,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp(page, shell, 'admin')
  await page.getByRole('link', { name: 'Backups' }).click()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByRole('status')).toContainText('written and checked')
  // The same file under another name, without its signature: as if copied in from elsewhere.
  const folder = join(dataDir, 'backups')
  const own = readdirSync(folder).find((name) => name.endsWith('.sqlite3')) as string
  copyFileSync(join(folder, own), join(folder, 'copied-in.sqlite3'))
  await page.reload()

  await page.getByRole('button', { name: 'Restore copied-in.sqlite3' }).click()
  const confirm = page.getByRole('group', { name: 'This backup was not made by this installation' })
  await expect(confirm).toContainText('It has no signature')
  await expect(confirm.getByRole('row', { name: /admin\s+Administrator/ })).toBeVisible()
  const restore = confirm.getByRole('button', { name: 'Restore this backup' })
  await expect(restore).toBeDisabled()
  await expect(confirm.getByRole('heading', { level: 2 })).toBeInViewport()
  await expectNoSeriousAxeViolations(page, 'foreign backup confirm')
  await saveScreenshot(page, 'safety-05-foreign-confirm-1366')
  await confirm.getByLabel(/I have checked where this backup came from/).check()
  await restore.click()
  await expect(page.getByRole('status')).toContainText('The backup was restored')
})

test('a damaged database gets a clear screen, is never replaced by an empty one, and is restored from the newest backup', async ({
  page,
  shell,
  dataDir,
}) => {
  test.setTimeout(90_000)
  await openApp(page, shell, 'front_desk')
  await page.getByRole('link', { name: 'New patient' }).click()
  await page.getByLabel('Given name').fill('Kept')
  await page.getByLabel('Family name').fill('In-Backup')
  await page.getByLabel('Date of birth').fill('1950-12-01')
  await page.getByLabel('Sex').selectOption('male')
  await page.getByRole('button', { name: 'Save patient' }).click()
  await expect(page.getByRole('rowheader', { name: 'In-Backup, Kept' })).toBeVisible()
  await shell.stop()
  // The daily backup is made at start and every hour; a second start makes the day's backup.
  const withBackup = await startBrowserShell(dataDir)
  await expect
    .poll(() => readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.sqlite3')))
    .toHaveLength(1)
  await withBackup.stop()

  const garbage = Buffer.alloc(64 * 1024, 0x42)
  writeFileSync(join(dataDir, DATABASE), garbage)
  const damaged = await startBrowserShell(dataDir)
  try {
    await page.goto(damaged.url)
    await expect(
      page.getByRole('heading', { name: 'The database could not be opened safely' }),
    ).toBeVisible()
    await expect(
      page.getByText('has not opened the file, changed it, or started an empty database'),
    ).toBeVisible()
    const newest = page.getByRole('radio')
    await expect(newest).toHaveCount(1)
    await expect(newest).toBeChecked()
    await expect(page.getByRole('group', { name: /Backups found in/ })).toContainText('newest')
    await expectNoSeriousAxeViolations(page, 'damaged database')
    await saveScreenshot(page, 'safety-03-damaged')
    // Nothing else answers while the database is damaged, and the file is as it was.
    const refused = await page.evaluate(async (token) => {
      const response = await fetch('/rpc/patients.search', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{"query":""}',
      })
      return (await response.json()) as { ok: boolean; error?: { reason?: string } }
    }, damaged.token)
    expect(refused).toMatchObject({ ok: false, error: { reason: 'database_unavailable' } })
    expect(readFileSync(join(dataDir, DATABASE)).equals(garbage)).toBe(true)

    await page.getByRole('button', { name: 'Restore the selected backup' }).click()
    await page.getByRole('button', { name: 'Restore now' }).click()
    await expect(page.getByRole('status')).toContainText('The damaged file was kept as')
    await saveScreenshot(page, 'safety-04-restored')
    const aside = readdirSync(dataDir).find((name) => name.startsWith(`${DATABASE}.replaced-`))
    expect(readFileSync(join(dataDir, aside as string)).equals(garbage)).toBe(true)

    await page.getByRole('button', { name: 'Continue to sign in' }).click()
    await signInThroughScreen(page, E2E_ACCOUNTS.front_desk.username)
    await expect(page.getByRole('rowheader', { name: 'In-Backup, Kept' })).toBeVisible()
  } finally {
    await damaged.stop()
  }
})

test('a damaged database with no backups says so and changes nothing', async ({
  page,
  dataDir,
}) => {
  // The installation's key is there (as on any installed computer); the database is garbage.
  loadOrCreateKeyFile(dataDir)
  writeFileSync(join(dataDir, DATABASE), 'this is not a database'.repeat(500))
  const damaged = await startBrowserShell(dataDir)
  try {
    await page.goto(damaged.url)
    await expect(
      page.getByRole('heading', { name: 'The database could not be opened safely' }),
    ).toBeVisible()
    await expect(page.getByText(/No backups were found in/)).toBeVisible()
    await expect(page.getByRole('button', { name: /Restore/ })).toHaveCount(0)
    await saveScreenshot(page, 'safety-05-damaged-no-backups')
    expect(readdirSync(dataDir).filter((name) => name.startsWith(DATABASE))).toEqual([DATABASE])
  } finally {
    await damaged.stop()
  }
})
