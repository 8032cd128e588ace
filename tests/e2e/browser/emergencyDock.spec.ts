// The emergency alert on a clinician's worklist at 1366x768, as found on the clinic network: it
// used to appear as a pale strip above the page and push the worklist down, so a click meant for
// one row landed on another patient. Now it docks over the bottom of the window in the emergency
// red: nothing on the page moves when alerts arrive or are acknowledged, the header and the
// first rows stay uncovered, and three alerts stay compact. Screenshots are saved to look at.
import type { Locator, Page } from '@playwright/test'
import type { BrowserShell } from '../support/browserShell'
import { expect, test } from '../support/fixtures'
import { openApp } from '../support/openApp'
import { SCREENSHOT_DIR } from '../support/screenshots'
import { rpc } from '../support/staffAccounts'
import { submitIntakeFor } from '../support/submitIntake'
import { dateOfBirthForAge } from '../support/vignettes'
import { publicVignette, vignetteAgeAndSex } from '../../support/publicVignettes'
import { withScreeningRecorded } from '../../support/screening'

const SCREEN = { width: 1366, height: 768 }
test.use({ viewport: SCREEN })

/** Submits vignette `id` for a new patient named `familyName`, as the front desk would. */
async function submitFor(shell: BrowserShell, id: string, familyName: string): Promise<void> {
  const vignette = publicVignette(id)
  const { ageYears, sex } = vignetteAgeAndSex(vignette)
  const patient = await rpc<{ id: number }>(shell, 'patients.create', {
    givenName: 'Testy',
    familyName,
    dateOfBirth: dateOfBirthForAge(ageYears),
    sex,
  })
  await submitIntakeFor(shell, patient.id, withScreeningRecorded(vignette.answers))
}

async function top(locator: Locator): Promise<number> {
  const found = await locator.boundingBox()
  expect(found).not.toBeNull()
  return found!.y
}

async function bottom(locator: Locator): Promise<number> {
  const found = (await locator.boundingBox())!
  return found.y + found.height
}

/** What the window shows (not the whole page): where the clinician's pointer is. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` })
}

test('emergency alerts dock at the bottom in red, never moving the worklist, three stay compact', async ({
  page,
  shell,
}) => {
  await openApp(page, shell, 'clinician')
  await submitFor(shell, 'P02', 'Ordinary-One')
  await submitFor(shell, 'P13', 'Ordinary-Two')
  await page.reload()
  const heading = page.getByRole('heading', { level: 1, name: 'Worklist' })
  await expect(heading).toBeVisible()
  const rows = page.locator('.worklist-table__row')
  await expect(rows).toHaveCount(2)
  const tableHead = page.locator('.worklist-table thead')
  const headingTop = await top(heading)
  const tableHeadTop = await top(tableHead)

  // A cauda equina intake arrives while the clinician looks at the worklist.
  await submitFor(shell, 'P09', 'Dockpatient-One')
  const dock = page.getByRole('region', { name: 'Emergency alerts' })
  await expect(dock.locator('article')).toContainText('Dockpatient-One', { timeout: 5000 })
  await expect(rows).toHaveCount(3)
  expect(await top(heading), 'the heading did not move').toBe(headingTop)
  expect(await top(tableHead), 'the table did not move').toBe(tableHeadTop)

  // It reads as an emergency: white on the emergency red, the word, the flag and the patient.
  await expect(dock).toHaveCSS('position', 'fixed')
  await expect(dock).toHaveCSS('background-color', 'rgb(164, 22, 26)')
  await expect(dock).toHaveCSS('color', 'rgb(255, 255, 255)')
  await expect(dock.locator('article')).toContainText('Emergency')
  await expect(dock.locator('article')).toContainText('Possible cauda equina syndrome')
  await expect(dock.getByRole('link', { name: 'Open the intake of Dockpatient-One' })).toBeVisible()
  // It covers neither the header nor the worklist's first rows, and ends at the window's foot.
  const dockTop = await top(dock)
  expect(dockTop).toBeGreaterThanOrEqual(await bottom(page.locator('.app-header')))
  expect(dockTop).toBeGreaterThanOrEqual(await bottom(rows.first()))
  expect(await bottom(dock)).toBeCloseTo(SCREEN.height, 0)
  await screenshot(page, 'alert-dock-worklist-1366')

  // Two more: the newest shows with "and 2 more", and the dock stays a strip.
  await submitFor(shell, 'P09', 'Dockpatient-Two')
  await submitFor(shell, 'P09', 'Dockpatient-Three')
  const more = dock.getByRole('button', { name: /^and 2 more/ })
  await expect(more).toBeVisible({ timeout: 5000 })
  await expect(dock.locator('article')).toHaveCount(1)
  await expect(dock.locator('article')).toContainText('Dockpatient-Three')
  expect(await top(heading)).toBe(headingTop)
  expect(await top(tableHead)).toBe(tableHeadTop)
  const collapsed = (await dock.boundingBox())!
  expect(collapsed.height, 'dock height with three alerts (px)').toBeLessThanOrEqual(
    SCREEN.height * 0.15,
  )
  await screenshot(page, 'alert-dock-three-1366')

  // From the keyboard: open the list, acknowledge the middle one; the other two stay.
  await more.focus()
  await page.keyboard.press('Enter')
  await expect(dock.locator('article')).toHaveCount(3)
  expect((await dock.boundingBox())!.height).toBeLessThanOrEqual(SCREEN.height * 0.45)
  expect(await top(dock)).toBeGreaterThanOrEqual(await bottom(rows.first()))
  await screenshot(page, 'alert-dock-three-open-1366')
  await dock
    .getByRole('button', { name: 'Acknowledge the emergency alert for Dockpatient-Two, Testy' })
    .focus()
  await page.keyboard.press('Enter')
  await expect(dock.locator('article')).toHaveCount(2)
  await expect(dock.locator('article')).toContainText(['Dockpatient-Three', 'Dockpatient-One'])
  await expect(page.locator(':focus')).toHaveAccessibleName(
    'Acknowledge the emergency alert for Dockpatient-One, Testy',
  )
  expect(await top(heading)).toBe(headingTop)

  // With the mouse: the acknowledged row holds its place until the pointer leaves the dock, so
  // the next alert's button does not slide under a second click.
  const acknowledgeFor = (name: string) =>
    dock.getByRole('button', { name: `Acknowledge the emergency alert for ${name}, Testy` })
  const threeRow = dock.locator('li', { hasText: 'Dockpatient-Three' })
  const threeRowBefore = await threeRow.boundingBox()
  const oneBefore = await acknowledgeFor('Dockpatient-One').boundingBox()
  await acknowledgeFor('Dockpatient-Three').click()
  await expect(dock.locator('[data-acknowledged-id]')).toContainText('Acknowledged')
  expect(await threeRow.boundingBox()).toEqual(threeRowBefore)
  await expect(dock.locator('article')).toHaveCount(1)
  expect(await acknowledgeFor('Dockpatient-One').boundingBox()).toEqual(oneBefore)
  await expect(acknowledgeFor('Dockpatient-Three')).toHaveCount(0)
  await screenshot(page, 'alert-dock-held-1366')
  await page.mouse.move(SCREEN.width / 2, 200)
  await expect(dock.locator('[data-acknowledged-id]')).toHaveCount(0)
  await acknowledgeFor('Dockpatient-One').click()
  await page.mouse.move(SCREEN.width / 2, 200)
  await expect(dock).toHaveCount(0)
  expect(await top(heading)).toBe(headingTop)
  expect(await top(tableHead)).toBe(tableHeadTop)
})

test('six emergency alerts opened: the list scrolls in the dock, says how many are below, and the oldest can be reached and acknowledged', async ({
  page,
  shell,
}) => {
  await openApp(page, shell, 'clinician')
  const dock = page.getByRole('region', { name: 'Emergency alerts' })
  for (let n = 1; n <= 6; n++) await submitFor(shell, 'P09', `Dockpatient-${n}`)
  const more = dock.getByRole('button', { name: /^and 5 more/ })
  await expect(more).toBeVisible({ timeout: 5000 })
  await more.click()
  await expect(dock.locator('article')).toHaveCount(6)

  // The list keeps a bounded height inside a dock fixed at the window's foot, under the header.
  const list = dock.locator('#emergency-alert-list')
  await expect(list).toHaveCSS('overflow-y', 'auto')
  expect((await list.boundingBox())!.height).toBeLessThanOrEqual(SCREEN.height * 0.35 + 1)
  expect(await bottom(dock)).toBeCloseTo(SCREEN.height, 0)
  expect(await top(dock)).toBeGreaterThanOrEqual(await bottom(page.locator('.app-header')))

  // The oldest rows are below the list's foot, and the dock says how many.
  const below = dock.locator('[data-testid="emergency-alerts-below"]')
  await expect(below).toBeVisible()
  const hidden = Number(/(\d+) more below/.exec((await below.textContent()) ?? '')?.[1])
  expect(hidden).toBeGreaterThanOrEqual(1)
  const acknowledgeFor = (n: number) =>
    dock.getByRole('button', {
      name: `Acknowledge the emergency alert for Dockpatient-${n}, Testy`,
    })
  await expect(acknowledgeFor(1)).not.toBeInViewport({ ratio: 1 })
  await page.screenshot({ path: '/tmp/dock6.png' })
  await screenshot(page, 'alert-dock-six-open-1366')

  // From the keyboard: Tab from the newest row's Acknowledge to the oldest's (an Open link and an
  // Acknowledge a row); the focus scrolls the list, and then nothing is below.
  await acknowledgeFor(6).focus()
  for (let stop = 0; stop < 10; stop++) await page.keyboard.press('Tab')
  await expect(acknowledgeFor(1)).toBeFocused()
  await expect(acknowledgeFor(1)).toBeInViewport({ ratio: 1 })
  await expect(below).toBeHidden()
  await screenshot(page, 'alert-dock-six-end-1366')

  // With the mouse, from the top of the list again: scrolled into view, it takes the click.
  await list.evaluate((element) => element.scrollTo({ top: 0 }))
  await expect(below).toBeVisible()
  await acknowledgeFor(1).scrollIntoViewIfNeeded()
  await expect(acknowledgeFor(1)).toBeInViewport({ ratio: 1 })
  await acknowledgeFor(1).click()
  await expect(dock.locator('[data-acknowledged-id]')).toContainText('Dockpatient-1')
  await expect(dock.locator('article')).toHaveCount(5)
  expect(await bottom(dock)).toBeCloseTo(SCREEN.height, 0)
})
