import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { extractText } from 'unpdf'
import { DEMO_ANSWER_SETS } from '../../../src/main/demo/demoAnswerSets'
import type { BrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { expectNoSeriousAxeViolations } from '../support/accessibility'
import { openApp, signInThroughScreen } from '../support/openApp'
import { SCREENSHOT_DIR, saveScreenshot } from '../support/screenshots'
import { E2E_ACCOUNTS, ensureAccount, rpc } from '../support/staffAccounts'
import { submitIntakeFor } from '../support/submitIntake'
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
  return submitIntakeFor(shell, patient.id, caudaEquinaAnswers)
}

const sciatica = DEMO_ANSWER_SETS.find((set) => set.name === 'disc herniation with sciatica')
if (!sciatica) throw new Error('demo answer set missing')

/** A typical intake (sciatica), submitted and signed off by the clinician signed in on `shell`. */
async function reviewedTypicalIntake(shell: BrowserShell): Promise<number> {
  const patient = (await rpc(shell, 'patients.create', {
    givenName: 'Testy',
    familyName: 'Typical-Demo',
    dateOfBirth: '1981-07-09',
    sex: 'female',
    recordNumber: 'DEMO-0007',
  })) as { id: number }
  const intakeId = await submitIntakeFor(
    shell,
    patient.id,
    withScreeningRecorded(sciatica?.answers ?? {}),
  )
  const screen = (await rpc(shell, 'reviews.get', { intakeId })) as {
    intake: { assessment: { causes: { id: string; tier: string }[] } }
  }
  const flagged = screen.intake.assessment.causes.filter((cause) => cause.tier !== 'unlikely')
  await rpc(shell, 'reviews.signOff', {
    intakeId,
    version: null,
    decisions: flagged.map((cause, index) => ({
      causeId: cause.id,
      decision: index === 0 ? 'confirm' : 'rule_out',
      note: index === 0 ? 'Straight leg raise positive at 40 degrees.' : '',
    })),
    clinicalNote: 'Advised to stay active; physiotherapy referral sent.',
  })
  return intakeId
}

/** What poppler's pdfinfo says about a PDF: its page count and page size in points. */
function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = /^Pages:\s+(\d+)/m.exec(info)
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)
  if (!pages?.[1] || !size?.[1] || !size[2]) throw new Error(`pdfinfo said: ${info}`)
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) }
}

/** One page's text as pdftotext lays it out, runs of spaces as one. */
function pageText(file: string, page: number): string {
  const text = execFileSync(
    'pdftotext',
    ['-f', String(page), '-l', String(page), '-layout', file, '-'],
    { encoding: 'utf8' },
  )
  return text.normalize('NFC').replace(/\s+/g, ' ')
}

/** Width and height of a PNG, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(0, 24)
  expect(header.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) }
}

/** The browser globals the print check touches (the specs type-check without the DOM library). */
interface PrintFramePage {
  printCalls: string[]
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void
  }
  document: {
    body: unknown
    querySelector(selector: string): {
      src: string
      dataset: Record<string, string | undefined>
      contentWindow: { print: () => void } | null
    } | null
  }
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

  // The front desk sees the same values but cannot change them. Sign-ins are per tab: the
  // administrator signs out of this one and the front desk signs in here, through the screen.
  await ensureAccount(shell, 'front_desk')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await signInThroughScreen(page, E2E_ACCOUNTS.front_desk.username)
  await page.goto(`${shell.origin}/#/settings`)
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
    const browser = globalThis as unknown as PrintFramePage
    const calls: string[] = []
    browser.printCalls = calls
    new browser.MutationObserver(() => {
      const frame = browser.document.querySelector('[data-testid="summary-print-frame"]')
      if (frame?.contentWindow && !('recorded' in frame.dataset)) {
        frame.dataset.recorded = 'yes'
        frame.contentWindow.print = () => calls.push(frame.src)
      }
    }).observe(browser.document.body, { childList: true, subtree: true })
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

test('a typical reviewed intake prints on at most two pages, the decisions on page 1', async ({
  page,
  shell,
}) => {
  await openApp(page, shell, 'clinician')
  const intakeId = await reviewedTypicalIntake(shell)
  await page.goto(`${shell.origin}/#/summaries/${intakeId}`)
  await expect(page.getByRole('heading', { name: 'Intake summary (PDF)' })).toBeVisible()
  const everyQuestion = page.getByLabel('Include every question')
  await expect(everyQuestion).not.toBeChecked()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  const file = await (await downloading).path()

  // At most two A4 pages (the clinic's paper size), counted by poppler, not by our own code.
  const info = pdfInfo(file)
  expect(info.pages).toBeLessThanOrEqual(2)
  expect({ width: Math.round(info.width), height: Math.round(info.height) }).toEqual({
    width: 595,
    height: 842,
  })
  // Page 1 carries the clinician's decisions, note and sign-off, under the clinic's name.
  const first = pageText(file, 1)
  for (const expected of [
    'Harbor Demo Spine Clinic',
    'Patient: Typical-Demo, Testy',
    'Clinician review',
    'Signed off by Dr Cleo Clinician on',
    'Confirmed',
    'Straight leg raise positive at 40 degrees.',
    'Advised to stay active; physiotherapy referral sent.',
  ]) {
    expect(first).toContain(expected)
  }

  // A picture of page 1 as it prints, for people to look at after the run.
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const picture = join(SCREENSHOT_DIR, 'summary-pdf-page-1')
  rmSync(`${picture}.png`, { force: true })
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, picture])
  expect(existsSync(`${picture}.png`)).toBe(true)
  // A4 at 60 dots per inch: 595.28 x 841.89 points, rounded up to whole pixels.
  expect(pngSize(`${picture}.png`)).toEqual({ width: 497, height: 702 })

  // "Include every question" appends the whole form after the same two pages.
  await everyQuestion.check()
  const downloadingFull = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  const fullFile = await (await downloadingFull).path()
  const fullPages = pdfInfo(fullFile).pages
  expect(fullPages).toBeGreaterThan(2)
  expect(pageText(fullFile, 3)).toContain('Full answers: every question')
  await saveScreenshot(page, 'summary-actions-every-question')
})
