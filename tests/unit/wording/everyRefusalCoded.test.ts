// Issue 13, item 7: a refusal without a code reaches the screen as its kind's generic words, which
// said "Someone changed this…" for "You cannot disable your own account". Every service refusal
// in src/main names its code, so the renderer words exactly what went wrong.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const MAIN = join(__dirname, '../../../src/main')

const REFUSAL = /new (?:Conflict|NotFound|BadRequest)Error\(/g

/** A call's argument text, from just after its `(` to its matching `)`. */
function argumentsOf(source: string, open: number): string {
  let depth = 1
  for (let at = open; at < source.length; at += 1) {
    const char = source[at]
    if (char === '(') depth += 1
    if (char === ')') depth -= 1
    if (depth === 0) return source.slice(open, at)
  }
  return source.slice(open)
}

/** `{ code: ... }`, or a `coded` value passed on (the summary pool rebuilding a worker's). */
const NAMES_A_CODE = /\bcode\b|\bcoded\b/

function uncodedRefusals(source: string): number[] {
  return [...source.matchAll(REFUSAL)].flatMap((match) => {
    const start = match.index + match[0].length
    if (NAMES_A_CODE.test(argumentsOf(source, start))) return []
    return [source.slice(0, match.index).split('\n').length]
  })
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

describe('every refusal in src/main names its code', () => {
  it('has no ConflictError, NotFoundError or BadRequestError without a code', () => {
    const uncoded = sourceFiles(MAIN).flatMap((file) =>
      uncodedRefusals(readFileSync(file, 'utf8')).map((line) => `${relative(MAIN, file)}:${line}`),
    )
    expect(uncoded).toEqual([])
  })

  it('finds a refusal without a code, on one line or several', () => {
    expect(
      uncodedRefusals("throw new ConflictError('You cannot disable your own account.')"),
    ).toEqual([1])
    expect(
      uncodedRefusals('x\nthrow new NotFoundError(\n  `There is no intake ${f(id)}.`,\n)'),
    ).toEqual([2])
    expect(
      uncodedRefusals("throw new BadRequestError(TEXT, { code: 'fhir_save_desktop_only' })"),
    ).toEqual([])
    expect(
      uncodedRefusals("throw new ConflictError(\n  TEXT,\n  { code: 'review_changed' },\n)"),
    ).toEqual([])
  })
})
