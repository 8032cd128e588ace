import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The preload as electron-vite builds it, into a temporary folder so a running app's out/ is
// left alone. A sandboxed preload can only require('electron'), so the bundle itself is the test.
let outDir: string
let source: string

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'clinic-preload-build-'))
  execFileSync(
    process.execPath,
    ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', outDir],
    { stdio: 'ignore' },
  )
  source = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8')
}, 120_000)

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('the built preload', () => {
  it('is one CommonJS file that requires nothing but electron (a sandboxed preload can’t)', () => {
    const required = [...source.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2])
    expect(required).toEqual(['electron'])
    expect(source).not.toMatch(/\bimport\s*\(/)
    expect(source).not.toMatch(/^\s*import\s/m)
  })

  it('exposes window.clinic, clinicConnection and clinicLive only and reads no process state', () => {
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(3)
    expect(source).toContain('exposeInMainWorld("clinic"')
    expect(source).toContain('exposeInMainWorld("clinicConnection"')
    expect(source).toContain('exposeInMainWorld("clinicLive"')
    expect(source).not.toMatch(/\bprocess\.(env|versions|argv)/)
  })
})
