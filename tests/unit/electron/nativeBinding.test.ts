import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  NativeBindingMissingError,
  nativeBindingPath,
  resolveNativeBinding,
} from '../../../src/main/electron/nativeBinding'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

describe('the Electron build of better-sqlite3', () => {
  it('lives in native/electron in development and in resources/native when packaged', () => {
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '/r', appRoot: '/repo' })).toBe(
      join('/repo', 'native', 'electron', 'better_sqlite3.node'),
    )
    expect(nativeBindingPath({ isPackaged: true, resourcesPath: '/r', appRoot: '/repo' })).toBe(
      join('/r', 'native', 'better_sqlite3.node'),
    )
  })

  it('is returned when present, never the Node build in node_modules', () => {
    const appRoot = tempDir()
    mkdirSync(join(appRoot, 'native', 'electron'), { recursive: true })
    writeFileSync(join(appRoot, 'native', 'electron', 'better_sqlite3.node'), '')
    const found = resolveNativeBinding({ isPackaged: false, resourcesPath: '/nowhere', appRoot })
    expect(found).toBe(join(appRoot, 'native', 'electron', 'better_sqlite3.node'))
    expect(found).not.toContain('node_modules')
  })

  it('names the command that builds it when missing in development', () => {
    const appRoot = tempDir()
    const attempt = () => resolveNativeBinding({ isPackaged: false, resourcesPath: '/r', appRoot })
    expect(attempt).toThrow(NativeBindingMissingError)
    expect(attempt).toThrow('npm run build:electron-native')
  })

  it('asks for a reinstall when missing from a packaged app', () => {
    const attempt = () =>
      resolveNativeBinding({ isPackaged: true, resourcesPath: tempDir(), appRoot: '/repo' })
    expect(attempt).toThrow(/reinstall/)
    expect(attempt).not.toThrow(/npm/)
  })
})
