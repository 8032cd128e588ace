import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { _electron as electron } from '@playwright/test'
import type { ElectronApplication, Page } from '@playwright/test'
import { findElectronRuntime, hasDisplay } from '../../../scripts/lib/electronRuntime.mjs'
import { expect, test } from '../support/fixtures'
import { firstSignInThroughScreen, signInThroughScreen } from '../support/openApp'
import { saveScreenshot } from '../support/screenshots'
import { addAccountWithCli, E2E_ACCOUNTS } from '../support/staffAccounts'

// The desktop shell as users run it: the built out/main/electron.js in a real Electron runtime.
const MAIN = resolve('out/main/electron.js')
const NATIVE_BINDING = resolve('native/electron/better_sqlite3.node')

/** Why this machine cannot run the desktop shell, or undefined when it can. */
function whyElectronCannotRun(): string | undefined {
  const runtime = findElectronRuntime(resolve('node_modules/electron'))
  if (!runtime.available) return `no Electron runtime on this machine (${runtime.reason})`
  if (!hasDisplay()) return 'no display (run the tests under xvfb-run)'
  if (!existsSync(NATIVE_BINDING)) {
    return 'better-sqlite3 is not built for Electron (run npm run build:electron-native)'
  }
  return undefined
}

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({ args: [MAIN, '--no-sandbox', `--data-dir=${dataDir}`] })
  return { app, page: await app.firstWindow() }
}

test('in Electron, a new patient is saved, survives a restart and is found by search', async ({
  dataDir,
}) => {
  const reason = whyElectronCannotRun()
  if (reason) {
    console.log(`Electron e2e skipped: ${reason}`)
    test.skip(true, reason)
    return
  }

  addAccountWithCli(dataDir, 'front_desk')
  const first = await launch(dataDir)
  try {
    const { page } = first
    await firstSignInThroughScreen(page, E2E_ACCOUNTS.front_desk.username)
    await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible()

    // The sandboxed renderer sees window.clinic and no Node.js, and cannot open windows.
    const renderer = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown> & {
        open(url: string): unknown
      }
      return {
        clinic: typeof scope.clinic,
        patients: typeof (scope.clinic as Record<string, unknown> | undefined)?.patients,
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
        openedWindow: scope.open('https://example.com/') === null ? 'null' : 'a window',
      }
    })
    expect(renderer).toEqual({
      clinic: 'object',
      patients: 'object',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      openedWindow: 'null',
    })
    expect(first.app.windows()).toHaveLength(1)

    await page.getByRole('link', { name: 'New patient' }).click()
    await page.getByLabel('Given name').fill('Testy')
    await page.getByLabel('Family name').fill('Desktop-Patient')
    await page.getByLabel('Date of birth').fill('1975-06-15')
    await page.getByLabel('Sex').selectOption('female')
    await page.getByLabel('Clinic record number').fill('DESK-0001')
    await page.getByRole('button', { name: 'Save patient' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved Desktop-Patient, Testy' }),
    ).toBeVisible()
    await saveScreenshot(page, 'electron-patient-list')
  } finally {
    // Quitting runs the app's will-quit handler, which closes the database.
    await first.app.close()
  }

  const second = await launch(dataDir)
  try {
    const { page } = second
    // Every start begins signed out.
    await signInThroughScreen(page, E2E_ACCOUNTS.front_desk.username)
    await page.getByLabel('Search patients').fill('Desktop-Patient')
    await expect(page.getByRole('rowheader', { name: 'Desktop-Patient, Testy' })).toBeVisible()
  } finally {
    await second.app.close()
  }
})
