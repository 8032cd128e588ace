import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  downloadElectronRuntime,
  findElectronRuntime,
  hasDisplay,
} from '../../../scripts/lib/electronRuntime.mjs'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

/** A stand-in for node_modules/electron: its package.json plus whatever the test adds. */
function electronPackage(files: Record<string, string> = {}): string {
  const dir = tempDir()
  writeFileSync(join(dir, 'package.json'), '{"name":"electron","version":"45.5.0"}')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

// What Electron's install.js leaves behind after a successful download.
const INSTALLED =
  "require('fs').mkdirSync('dist');require('fs').writeFileSync('dist/electron','');require('fs').writeFileSync('path.txt','electron')"

describe('findElectronRuntime', () => {
  it('reports the missing package, path.txt or binary', () => {
    expect(findElectronRuntime(tempDir(), {})).toMatchObject({ available: false })
    expect(findElectronRuntime(electronPackage(), {})).toEqual({
      available: false,
      reason: 'node_modules/electron/path.txt missing',
    })
    expect(findElectronRuntime(electronPackage({ 'path.txt': 'electron' }), {})).toEqual({
      available: false,
      reason: 'node_modules/electron/dist/electron missing',
    })
  })

  it('finds the binary path.txt names inside dist/', () => {
    const dir = electronPackage({ 'path.txt': 'electron', 'dist/electron': '' })
    expect(findElectronRuntime(dir, {})).toEqual({
      available: true,
      executable: join(dir, 'dist', 'electron'),
    })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js does', () => {
    const elsewhere = tempDir()
    writeFileSync(join(elsewhere, 'electron'), '')
    expect(
      findElectronRuntime(electronPackage(), { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }),
    ).toEqual({ available: true, executable: join(elsewhere, 'electron') })
    expect(
      findElectronRuntime(electronPackage(), { ELECTRON_OVERRIDE_DIST_PATH: tempDir() }),
    ).toMatchObject({ available: false })
  })
})

describe('downloadElectronRuntime', () => {
  it('runs Electron’s installer, after which the runtime is found', async () => {
    const dir = electronPackage({ 'install.js': INSTALLED })
    await expect(downloadElectronRuntime(dir)).resolves.toBe(true)
    expect(findElectronRuntime(dir, {})).toMatchObject({ available: true })
  })

  it('reports a failed download (as with no network) without output', async () => {
    const dir = electronPackage({ 'install.js': "console.error('fetch failed');process.exit(1)" })
    await expect(downloadElectronRuntime(dir)).resolves.toBe(false)
    await expect(downloadElectronRuntime(electronPackage())).resolves.toBe(false)
  })

  it('says when it is slow and gives up after the time limit', async () => {
    const dir = electronPackage({ 'install.js': 'setTimeout(() => {}, 60000)' })
    const onSlow = vi.fn()
    const started = Date.now()
    await expect(
      downloadElectronRuntime(dir, { timeoutMs: 1_000, slowAfterMs: 100, onSlow }),
    ).resolves.toBe(false)
    expect(onSlow).toHaveBeenCalledOnce()
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux, nothing on Windows or macOS', () => {
    expect(hasDisplay('linux', {})).toBe(false)
    expect(hasDisplay('linux', { DISPLAY: ':99' })).toBe(true)
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true)
    expect(hasDisplay('win32', {})).toBe(true)
    expect(hasDisplay('darwin', {})).toBe(true)
  })
})
