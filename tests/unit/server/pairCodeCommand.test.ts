import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runPairCode } from '../../../src/main/cli/pairCodeCommand'
import { acquireDataDirLock } from '../../../src/main/storage/dataDirLock'
import { openCore } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
afterEach(() => vi.restoreAllMocks())

describe('npm run cli -- pair-code', () => {
  it('prints a one-time code and its expiry, and the code pairs a workstation', async () => {
    const dataDir = join(tempDir(), 'data')
    openCore({ dataDir, log: silentLogger }).close()
    const printed: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line))
    expect(await runPairCode(dataDir)).toBe(0)
    const code = /Pairing code: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(printed.join('\n'))?.[1]
    expect(code).toBeDefined()
    expect(printed.join('\n')).toMatch(/expires at \d\d:\d\d/)
    const core = openCore({ dataDir, log: silentLogger })
    try {
      const redeemed = core.workstations.redeem((code as string).replace('-', ''), 'Front desk')
      expect(redeemed.ok).toBe(true)
    } finally {
      core.close()
    }
  })

  it('refuses while the clinic server holds the folder, and points to the admin screen', async () => {
    const dataDir = join(tempDir(), 'data')
    openCore({ dataDir, log: silentLogger }).close()
    const lock = acquireDataDirLock(dataDir, 'server')
    try {
      await expect(runPairCode(dataDir)).rejects.toThrow(
        /choose Workstations in the menu at the top, then Create pairing code/,
      )
    } finally {
      lock.release()
    }
  })
})
