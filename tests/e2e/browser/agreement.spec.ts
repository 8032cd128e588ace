// The agreement report as a clinician opens it: from the nav, keyboard-first, readable on a
// 1366 x 768 screen, with the counts of reviews signed through the same door.
import { expect, test } from '../support/fixtures'
import type { BrowserShell } from '../support/browserShell'
import { expectNoSeriousAxeViolations } from '../support/accessibility'
import { openApp } from '../support/openApp'
import { rpc } from '../support/staffAccounts'
import { submitIntakeFor } from '../support/submitIntake'
import { saveScreenshot } from '../support/screenshots'
import { publicVignette, vignetteAgeAndSex } from '../../support/publicVignettes'
import { withScreeningRecorded } from '../../support/screening'
import { dateOfBirthForAge } from '../support/vignettes'

type Decision = 'confirm' | 'rule_out' | 'open'

/** Twelve disc-herniation intakes (P02) and one cauda equina (P09), signed as planned. */
async function seedSignedReviews(shell: BrowserShell): Promise<void> {
  async function submitAndSign(vignetteId: string, decisions: Record<string, Decision>) {
    const vignette = publicVignette(vignetteId)
    const { ageYears, sex } = vignetteAgeAndSex(vignette)
    const patient = await rpc<{ id: number }>(shell, 'patients.create', {
      givenName: 'Testy',
      familyName: `Agreement${vignetteId}`,
      dateOfBirth: dateOfBirthForAge(ageYears),
      sex,
    })
    // The vignette leaves some cauda equina screening questions open (see screening.ts).
    const intakeId = await submitIntakeFor(
      shell,
      patient.id,
      withScreeningRecorded(vignette.answers),
    )
    await rpc(shell, 'reviews.signOff', {
      intakeId,
      version: null,
      decisions: Object.entries(decisions).map(([causeId, decision]) => ({
        causeId,
        decision,
        note: '',
      })),
      clinicalNote: '',
    })
  }
  for (let i = 0; i < 12; i++) {
    await submitAndSign('P02', {
      disc_herniation: i < 8 ? 'confirm' : i < 10 ? 'rule_out' : 'open',
      sciatica: i < 10 ? 'rule_out' : 'open',
      muscle_strain: i < 10 ? 'confirm' : 'open',
      piriformis_syndrome: i < 3 ? 'confirm' : i < 5 ? 'rule_out' : 'open',
      ...(i < 2 ? { infection: 'confirm' as const } : {}),
    })
  }
  await submitAndSign('P09', {
    sciatica: 'confirm',
    disc_herniation: 'confirm',
    muscle_strain: 'rule_out',
    piriformis_syndrome: 'rule_out',
  })
}

test('a clinician reads how often the rules agreed, per cause and red flag', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp(page, shell, 'clinician')
  await seedSignedReviews(shell)

  await page.getByRole('link', { name: 'Agreement', exact: true }).click()
  await expect(
    page.getByRole('heading', { name: 'How often the rules agree with clinicians' }),
  ).toBeVisible()
  await expect(page.getByTestId('agreement-summary')).toHaveText(
    'Counted from 13 signed reviews, signed at any time, all rules versions.',
  )
  const disc = page.locator('[data-value="disc_herniation-likely"]')
  // 9 of 11 decided (P09 confirmed it too): 82%, 95% range 52-95%.
  await expect(disc).toContainText('82%')
  await expect(disc).toContainText('9 of 11')
  await expect(page.locator('[data-value="piriformis_syndrome-possible"]')).toContainText(
    'Too few reviews to say',
  )
  const flags = page.getByTestId('agreement-red-flags')
  await expect(flags).toContainText('Possible cauda equina syndrome')
  await expect(flags).toContainText('Emergency')

  // Nothing is wider than the screen: no sideways scrolling at 1366 x 768.
  // (A string: this file is type-checked without the DOM library.)
  const overflow = Number(
    await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    ),
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await saveScreenshot(page, 'agreement-report-1366x768')
  await expectNoSeriousAxeViolations(page, 'the agreement report')

  // Keyboard only: type a period, press Enter; a day that does not exist stays as typed.
  await page.getByLabel('Signed up to', { exact: true }).focus()
  await page.keyboard.type('2026-02-30')
  await page.keyboard.press('Enter')
  await expect(page.getByText('This date does not exist; check the day and month')).toBeVisible()
  await expect(page.getByLabel('Signed up to', { exact: true })).toHaveValue('2026-02-30')
  await page.getByLabel('Signed up to', { exact: true }).fill('')
  await page.getByLabel('Signed from', { exact: true }).fill('2000-01-01')
  await page.getByLabel('Rules version').selectOption('1.1.0')
  await page.getByLabel('Signed from', { exact: true }).press('Enter')
  await expect(page.getByTestId('agreement-summary')).toHaveText(
    'Counted from 13 signed reviews, signed from 2000-01-01, rules version 1.1.0.',
  )
})

test('the front desk has no agreement report', async ({ page, shell }) => {
  await openApp(page, shell, 'front_desk')
  await expect(page.getByRole('link', { name: 'Worklist' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Agreement', exact: true })).toHaveCount(0)
})
