import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The built preload (`electron-vite build`); checked when a build is present, as after the e2e
// run's global setup or `npm run build`.
const BUNDLE = 'out/preload/index.cjs'

describe.skipIf(!existsSync(BUNDLE))('the built preload', () => {
  const source = existsSync(BUNDLE) ? readFileSync(BUNDLE, 'utf8') : ''

  it('is one CommonJS file that requires nothing but electron (a sandboxed preload can’t)', () => {
    const required = [...source.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2])
    expect(required).toEqual(['electron'])
    expect(source).not.toMatch(/\bimport\s*\(/)
    expect(source).not.toMatch(/^\s*import\s/m)
  })

  it('exposes window.clinic only and reads no process state', () => {
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(source).toContain('exposeInMainWorld("clinic"')
    expect(source).not.toMatch(/\bprocess\.(env|versions|argv)/)
  })
})
