// Issue 13, item 7: every message the user sees comes from the locale files. A screen that shows
// the server's English (`error.message`) bypasses them; only errorText.ts may read it, and only
// for a field rule that has no code of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = join(__dirname, '../../../src/renderer/src')

/**
 * Files allowed to read a server message, each with why. The certificate banner shows both
 * fingerprints exactly as the desktop shell reported them, for the administrator to compare.
 */
const ALLOWED = new Map([
  ['i18n/errorText.ts', 'the one place that words errors'],
  ['api/resilientApi.ts', 'passes the certificate fingerprints through, not a refusal'],
])

/** `error.message`, `error.value.message`, `error?.message`, or `.message }}` in a template. */
const SERVER_ENGLISH = /\berror(?:\.value)?\??\.message\b|\.message\s*\}\}/

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

describe('no screen shows the server’s English', () => {
  it('reads error messages only through errorText.ts', () => {
    const offending = sourceFiles(RENDERER).flatMap((file) => {
      const name = relative(RENDERER, file)
      if (ALLOWED.has(name)) return []
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (SERVER_ENGLISH.test(line) ? [`${name}:${index + 1}`] : []))
    })
    expect(offending).toEqual([])
  })

  it('catches the patterns it looks for', () => {
    expect(SERVER_ENGLISH.test('problem.value = result.error.message')).toBe(true)
    expect(SERVER_ENGLISH.test("t('x', { message: error.value.message })")).toBe(true)
    expect(SERVER_ENGLISH.test('<p>{{ storage.message }}</p>')).toBe(true)
    expect(SERVER_ENGLISH.test('problem.value = errorText(result.error)')).toBe(false)
  })
})
