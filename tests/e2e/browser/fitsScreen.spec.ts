// Readable at a glance on a 1366x768 screen: the worklist table stays inside its card (the
// "Review" column used to run off the window's edge), and the app header is one line for every
// role (it used to take two, with every session button broken over two lines). Also checked at
// 1280 and 1920 wide. Screenshots are saved for people to look at.
import type { Page } from '@playwright/test'
import type { BrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { openApp } from '../support/openApp'
import { saveScreenshot } from '../support/screenshots'
import { rpc } from '../support/staffAccounts'
import { submitIntakeFor } from '../support/submitIntake'
import { dateOfBirthForAge } from '../support/vignettes'
import { publicVignette, vignetteAgeAndSex } from '../../support/publicVignettes'
import { withScreeningRecorded } from '../../support/screening'

test.use({ viewport: { width: 1366, height: 768 } })

/**
 * Intakes whose cells are long: two red flags, long likely causes, long names with record
 * numbers (P11 fracture, P10 infection, P09 cauda equina, P02 disc herniation, P13 scoliosis).
 */
async function seedLongRows(shell: BrowserShell): Promise<void> {
  for (const [index, id] of ['P11', 'P10', 'P09', 'P02', 'P13'].entries()) {
    const vignette = publicVignette(id)
    const { ageYears, sex } = vignetteAgeAndSex(vignette)
    const patient = await rpc<{ id: number }>(shell, 'patients.create', {
      givenName: 'Bartholomew-Maximilian',
      familyName: `Wide-Screen-Example-${index}`,
      dateOfBirth: dateOfBirthForAge(ageYears),
      sex,
      recordNumber: `DEMO-LONG-RECORD-${index}`,
    })
    await submitIntakeFor(shell, patient.id, withScreeningRecorded(vignette.answers))
  }
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox()
  expect(found, `${selector} is on the page`).not.toBeNull()
  return found!
}

/** Nothing runs past the window's right edge: no horizontal scroll bar. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // (Strings: this file is type-checked without the DOM library.)
  const overflow = Number(
    await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    ),
  )
  expect(overflow, 'how far the page runs past the window (px)').toBeLessThanOrEqual(0)
}

async function expectTableInsideCard(page: Page): Promise<void> {
  const card = await box(page, '.worklist-page')
  const table = await box(page, '.worklist-table')
  expect(table.x).toBeGreaterThanOrEqual(card.x)
  expect(table.x + table.width, 'the table ends inside its card').toBeLessThanOrEqual(
    card.x + card.width,
  )
  // The last column, "Review", is on screen: heading and cells.
  const width = page.viewportSize()!.width
  const review = page.getByRole('columnheader', { name: 'Review' })
  const reviewBox = (await review.boundingBox())!
  expect(reviewBox.x + reviewBox.width).toBeLessThanOrEqual(card.x + card.width)
  expect(reviewBox.x + reviewBox.width).toBeLessThanOrEqual(width)
  await expect(page.locator('.worklist-table__row').first().locator('td').last()).toHaveText(
    'Not started',
  )
  await expectNoSidewaysScroll(page)
}

/** The brand, the links and the session menu share one line, and no button's words wrap. */
async function expectHeaderOnOneLine(page: Page): Promise<void> {
  const header = await box(page, '.app-header')
  expect(header.height, 'header height (px)').toBeLessThanOrEqual(64)
  const middle = (b: Box) => b.y + b.height / 2
  const brand = await box(page, '.app-header__brand')
  for (const selector of ['.app-header__nav', '.session-menu']) {
    expect(Math.abs(middle(await box(page, selector)) - middle(brand))).toBeLessThanOrEqual(4)
  }
  for (const button of await page.locator('.session-menu__button').all()) {
    const b = (await button.boundingBox())!
    // One line of text; and still a comfortable target (at least 24 px each way).
    expect(b.height).toBeLessThanOrEqual(40)
    expect(b.height).toBeGreaterThanOrEqual(24)
    expect(b.width).toBeGreaterThanOrEqual(24)
  }
  await expectNoSidewaysScroll(page)
}

test('the worklist fits its card and the header is one line for a clinician', async ({
  page,
  shell,
}) => {
  await openApp(page, shell, 'clinician')
  await seedLongRows(shell)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible()
  await expect(page.locator('.worklist-table__row')).toHaveCount(5)

  await expectTableInsideCard(page)
  await expectHeaderOnOneLine(page)
  await saveScreenshot(page, 'fits-worklist-1366')

  // A cell cut short keeps its whole text for the mouse (title) and for screen readers (the page).
  const fracture = page.locator('.worklist-table__row', { hasText: 'Wide-Screen-Example-0' })
  const flags = fracture.locator('td').nth(2)
  await expect(flags).toHaveAttribute('title', 'Possible fracture, Persistent or severe pain')
  await expect(flags).toHaveText(/Possible fracture\s*Persistent or severe pain/)
  await expect(fracture.locator('th')).toContainText('record DEMO-LONG-RECORD-0')

  await page.setViewportSize({ width: 1280, height: 768 })
  await expectTableInsideCard(page)
  await saveScreenshot(page, 'fits-worklist-1280')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expectTableInsideCard(page)
  await expectHeaderOnOneLine(page)
})

test('the header is one line for the administrator, who has the most links', async ({
  page,
  shell,
}) => {
  await openApp(page, shell, 'admin')
  await expect(page.getByRole('link', { name: 'Workstations' })).toBeVisible()
  await expectHeaderOnOneLine(page)
  await saveScreenshot(page, 'fits-header-admin-1366')
})
