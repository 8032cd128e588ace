import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { useTempDir } from '../../support/tempDataDir'

// Electron cannot run here: the save dialog is a stand-in that picks `chosen.path`.
const chosen = vi.hoisted(() => ({ path: '' }))
vi.mock('electron', () => ({
  app: { getPath: () => '/nowhere' },
  dialog: { showSaveDialog: async () => ({ canceled: false, filePath: chosen.path }) },
  BrowserWindow: class {},
}))

const { createElectronSummaryActions } =
  await import('../../../../src/main/electron/summaryActions')
const tempDir = useTempDir()

describe('a file saved through the desktop dialog', () => {
  it('is readable by this account only, even when it replaces a file others could read', async () => {
    chosen.path = join(tempDir(), 'summary.pdf')
    writeFileSync(chosen.path, 'old', { mode: 0o644 })
    const actions = createElectronSummaryActions(() => null)
    await expect(actions.savePdf('summary.pdf', Buffer.from('%PDF'))).resolves.toBe('saved')
    expect(statSync(chosen.path).mode & 0o777).toBe(0o600)
  })

  it('is 0600 when new too (a FHIR export)', async () => {
    chosen.path = join(tempDir(), 'bundle.json')
    const actions = createElectronSummaryActions(() => null)
    await expect(actions.saveJson('bundle.json', '{}')).resolves.toBe('saved')
    expect(statSync(chosen.path).mode & 0o777).toBe(0o600)
  })
})
