import { defineConfig } from '@playwright/test'

/**
 * Two projects run the same kind of flows: `browser` drives the browser shell in Debian's
 * Chromium; `electron` drives the desktop shell where an Electron runtime exists (it skips with
 * a printed reason where none can be had, as on the CI machines).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  globalSetup: './tests/e2e/support/globalSetup.ts',
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e/browser',
      use: {
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // Keep Chromium off the network entirely: this machine (and a clinic's) has none to spare.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
        viewport: { width: 1280, height: 860 },
      },
    },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
})
