import { startBrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { openApp } from '../support/openApp'
import { callAsPage } from '../support/pageCall'
import { saveScreenshot } from '../support/screenshots'

test('a new patient is saved, survives a restart and is found by search', async ({
  page,
  shell,
  dataDir,
}) => {
  await openApp(page, shell)
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible()
  // The token leaves the address bar once the app has it.
  expect(page.url()).not.toContain('token=')

  await page.getByRole('link', { name: 'New patient' }).click()
  await page.getByLabel('Given name').fill('Testy')
  await page.getByLabel('Family name').fill('Démo-Patient')
  await page.getByLabel('Date of birth').fill('1980-02-29')
  await page.getByLabel('Sex').selectOption('female')
  await page.getByLabel('Clinic record number').fill('DEMO-0001')
  await saveScreenshot(page, 'patient-form')
  await page.getByRole('button', { name: 'Save patient' }).click()

  await expect(
    page.getByRole('status').filter({ hasText: 'Saved Démo-Patient, Testy' }),
  ).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Démo-Patient, Testy' })).toBeVisible()
  await saveScreenshot(page, 'patient-list')

  await shell.stop()
  const restarted = await startBrowserShell(dataDir)
  try {
    await openApp(page, restarted)
    await page.getByLabel('Search patients').fill('demo')
    await expect(page.getByRole('rowheader', { name: 'Démo-Patient, Testy' })).toBeVisible()
    await page.getByLabel('Search patients').fill('1980-02-29')
    await expect(page.getByRole('rowheader', { name: 'Démo-Patient, Testy' })).toBeVisible()
    await page.getByLabel('Search patients').fill('demo-0001')
    await expect(page.getByRole('rowheader', { name: 'Démo-Patient, Testy' })).toBeVisible()
    await page.getByLabel('Search patients').fill('nobody')
    await expect(page.getByText('No patients match “nobody”.')).toBeVisible()
  } finally {
    await restarted.stop()
  }
})

test('an impossible date of birth gets a message at the field and nothing is stored', async ({
  page,
  shell,
}) => {
  await openApp(page, shell)
  await page.getByRole('link', { name: 'New patient' }).click()
  await page.getByLabel('Given name').fill('Ima')
  await page.getByLabel('Family name').fill('Placeholder')
  await page.getByLabel('Date of birth').fill('1990-02-30')
  await page.getByLabel('Sex').selectOption('other')
  await page.getByRole('button', { name: 'Save patient' }).click()

  await expect(page.getByText('This date does not exist; check the day and month')).toBeVisible()
  await expect(page.getByLabel('Date of birth')).toHaveAttribute('aria-invalid', 'true')
  await saveScreenshot(page, 'patient-form-error')
  // Nothing typed is lost.
  await expect(page.getByLabel('Given name')).toHaveValue('Ima')
  await expect(page.getByLabel('Family name')).toHaveValue('Placeholder')
  await expect(page.getByLabel('Date of birth')).toHaveValue('1990-02-30')

  // The one door refuses the same input on its own, with the field path.
  const direct = await callAsPage(page, shell, 'patients.create', {
    givenName: 'Ima',
    familyName: 'Placeholder',
    dateOfBirth: '1990-02-30',
    sex: 'other',
  })
  const body = (await direct.json()) as {
    ok: boolean
    error: { kind: string; issues: { path: string[] }[] }
  }
  expect(body.ok).toBe(false)
  expect(body.error.kind).toBe('validation')
  expect(body.error.issues.map((issue) => issue.path.join('.'))).toEqual(['dateOfBirth'])

  await page.getByRole('link', { name: 'Cancel' }).click()
  await page.getByLabel('Search patients').fill('Placeholder')
  await expect(page.getByText('No patients match “Placeholder”.')).toBeVisible()
})

test('calls without the right token or from another host are refused', async ({
  request,
  shell,
}) => {
  const url = `${shell.origin}/rpc/patients.search`
  const noToken = await request.post(url, { data: { query: '' } })
  expect(noToken.status()).toBe(401)
  const wrongToken = await request.post(url, {
    data: { query: '' },
    headers: { Authorization: 'Bearer not-the-token' },
  })
  expect(wrongToken.status()).toBe(401)
  const rebound = await request.post(url, {
    data: { query: '' },
    headers: { Authorization: `Bearer ${shell.token}`, Host: `evil.example:${shell.port}` },
  })
  expect(rebound.status()).toBe(403)
  // Writes are accepted only from the app's own origin (Origin / Sec-Fetch-Site), token or not.
  const foreign = await request.post(url, {
    data: { query: '' },
    headers: { Authorization: `Bearer ${shell.token}`, Origin: 'http://evil.example' },
  })
  expect(foreign.status()).toBe(403)
  const corsHeaders = Object.keys(foreign.headers()).filter((h) => h.startsWith('access-control-'))
  expect(corsHeaders).toEqual([])
})
