import { readFileSync } from 'node:fs'
import { extractText } from 'unpdf'
import { DEMO_ANSWER_SETS } from '../../../src/main/demo/demoAnswerSets'
import type { BrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { expectNoSeriousAxeViolations } from '../support/accessibility'
import { openApp } from '../support/openApp'
import { saveScreenshot } from '../support/screenshots'
import { E2E_ACCOUNTS, E2E_PASSWORD, ensureAccount, rpc } from '../support/staffAccounts'
import { withScreeningRecorded } from '../../support/screening'

const caudaEquina = DEMO_ANSWER_SETS.find((set) => set.name === 'possible cauda equina syndrome')
if (!caudaEquina) throw new Error('demo answer set missing')
// The demo answers leave some cauda equina screening questions open (see screening.ts).
const caudaEquinaAnswers = withScreeningRecorded(caudaEquina.answers)

/** A patient with a submitted intake, made through the one door as the signed-in front desk. */
async function submittedIntake(shell: BrowserShell): Promise<number> {
  const patient = (await rpc(shell, 'patients.create', {
    givenName: 'Łukasz',
    familyName: 'Żółć-Demo',
    dateOfBirth: '1979-03-04',
    sex: 'male',
    recordNumber: 'DEMO-0042',
  })) as { id: number }
  const { intake } = (await rpc(shell, 'intakes.start', { patientId: patient.id })) as {
    intake: { id: number; version: number }
  }
  await rpc(shell, 'intakes.submit', {
    id: intake.id,
    version: intake.version,
    answers: caudaEquinaAnswers,
  })
  return intake.id
}

async function pdfPages(file: string): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(readFileSync(file)), { mergePages: false })
  return text.map((page) => page.normalize('NFC').replace(/\s+/g, ' '))
}

test('an administrator sets the clinic details that head every summary', async ({
  page,
  shell,
}) => {
  await openApp(page, shell, 'admin')
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()

  await page.getByLabel('Clinic name').fill('Harbor Demo Spine Clinic')
  // Too many lines: the message is at the field and nothing typed is lost.
  await page
    .getByLabel('Clinic address')
    .fill('1 Demo Road\nFloor 2\nSampletown\nDemo County\nZZ1 1ZZ')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Use at most 4 lines for the address')).toBeVisible()
  await expect(page.getByLabel('Clinic address')).toHaveAttribute('aria-invalid', 'true')
  await saveScreenshot(page, 'settings-error')
  await expectNoSeriousAxeViolations(page, 'summary screen')

  await page.getByLabel('Clinic address').fill('12 Example Street\n\nSampletown AB1 2CD  ')
  await page.getByLabel('Paper size for summaries').selectOption('LETTER')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()
  await expect(page.getByLabel('Clinic address')).toHaveValue(
    '12 Example Street\nSampletown AB1 2CD',
  )
  await saveScreenshot(page, 'settings')

  const stored = (await rpc(shell, 'settings.get')) as { clinicName: string; paperSize: string }
  expect(stored).toMatchObject({ clinicName: 'Harbor Demo Spine Clinic', paperSize: 'LETTER' })

  // The front desk sees the same values but cannot change them.
  await ensureAccount(shell, 'front_desk')
  await rpc(shell, 'auth.signIn', {
    username: E2E_ACCOUNTS.front_desk.username,
    password: E2E_PASSWORD,
  })
  await page.reload()
  await expect(page.getByText('Only an administrator can change these settings.')).toBeVisible()
  await expect(page.getByLabel('Clinic name')).toHaveValue('Harbor Demo Spine Clinic')
  await expect(page.getByLabel('Clinic name')).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0)
  await saveScreenshot(page, 'settings-read-only')
})

test('the front desk saves the PDF summary and prints it in one step', async ({
  page,
  shell,
  context,
}) => {
  await openApp(page, shell, 'front_desk')
  const intakeId = await submittedIntake(shell)
  await page.goto(`${shell.origin}/#/summaries/${intakeId}`)
  await expect(page.getByRole('heading', { name: 'Intake summary (PDF)' })).toBeVisible()
  await expect(page.getByText('Żółć-Demo, Łukasz')).toBeVisible()
  // The emergency flag stays on this screen too.
  await expect(page.getByTestId('emergency-banner')).toBeVisible()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^intake-summary-\d{4}-\d{2}-\d{2}-DEMO-0042\.pdf$/)
  const file = await download.path()
  // The actions' own status line (the page has other live regions, such as the flag banner).
  const actionsStatus = page.getByRole('group', { name: 'PDF summary' }).getByRole('status')
  await expect(actionsStatus).toContainText(`Downloaded ${download.suggestedFilename()}`)
  await saveScreenshot(page, 'summary-actions')
  await expectNoSeriousAxeViolations(page, 'summary screen')

  const pages = await pdfPages(file)
  // Two pages, the emergency and the review status on the first.
  expect(pages).toHaveLength(2)
  const all = pages.join(' ')
  expect(pages[0]).toContain('EMERGENCY Possible cauda equina syndrome')
  for (const expected of [
    'Flags for clinician review, not a diagnosis.',
    'Flagged causes',
    'Pain map and scores',
    'Answers by section',
    'NOT YET REVIEWED',
  ]) {
    expect(all).toContain(expected)
  }
  pages.forEach((text, index) => {
    expect(text).toContain('Patient: Żółć-Demo, Łukasz')
    expect(text).toContain('Date of birth: 1979-03-04')
    expect(text).toContain('Record no.: DEMO-0042')
    expect(text).toContain(`Page ${index + 1} of ${pages.length}`)
  })

  // Print in one step: a hidden frame holds the PDF and asks for the print dialog itself, with
  // no new tab to print from by hand. The frame's print() is recorded instead of opening a
  // dialog, which a headless browser cannot show.
  await page.evaluate(() => {
    const calls: string[] = []
    Object.assign(window, { printCalls: calls })
    new MutationObserver(() => {
      const frame = document.querySelector<HTMLIFrameElement>('[data-testid="summary-print-frame"]')
      if (frame?.contentWindow && !('recorded' in frame.dataset)) {
        frame.dataset.recorded = 'yes'
        frame.contentWindow.print = () => calls.push(frame.src)
      }
    }).observe(document.body, { childList: true, subtree: true })
  })
  let newTabs = 0
  context.on('page', () => (newTabs += 1))
  await page.getByRole('button', { name: 'Print' }).click()
  const frame = page.getByTestId('summary-print-frame')
  await expect(frame).toHaveAttribute('src', /^blob:/)
  await expect(actionsStatus).toContainText('print dialog')
  expect(newTabs).toBe(0)
})

test('a draft has no summary to save', async ({ page, shell }) => {
  await openApp(page, shell, 'front_desk')
  const patient = (await rpc(shell, 'patients.create', {
    givenName: 'Testy',
    familyName: 'Draft-Demo',
    dateOfBirth: '1990-05-05',
    sex: 'female',
  })) as { id: number }
  const { intake } = (await rpc(shell, 'intakes.start', { patientId: patient.id })) as {
    intake: { id: number }
  }
  await page.goto(`${shell.origin}/#/summaries/${intake.id}`)
  await expect(page.getByText('This intake is still a draft.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toHaveCount(0)
})
