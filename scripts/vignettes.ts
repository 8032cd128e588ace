// Vignette runner: `npm run vignettes -- FILE...`
// Checks every vignette in the given files (SPEC section 7 format) against the engine, prints one
// line per vignette and a total. Exit 0 when all pass, 1 when any fails, 2 for bad usage or a
// malformed file (nothing is run then, so a typo never passes silently as a smaller file).
import { readFileSync } from 'node:fs'
import process from 'node:process'
import {
  checkVignette,
  describeVignetteFileIssues,
  formatTier,
  type Vignette,
  VignetteFileSchema,
} from '../src/shared/clinical/vignettes'

const USAGE = 'usage: npm run vignettes -- FILE...  (vignette files in the SPEC section 7 format)'

interface Loaded {
  vignettes: Vignette[]
  errors: string[]
}

function load(file: string): Loaded {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { vignettes: [], errors: [`${file}: cannot read as JSON: ${reason}`] }
  }
  const parsed = VignetteFileSchema.safeParse(raw)
  if (parsed.success) return { vignettes: parsed.data.vignettes, errors: [] }
  return {
    vignettes: [],
    errors: describeVignetteFileIssues(raw, parsed.error).map((message) => `${file}: ${message}`),
  }
}

function main(files: string[]): number {
  if (files.length === 0) {
    console.error(USAGE)
    return 2
  }
  const loaded = files.map(load)
  const errors = loaded.flatMap((file) => file.errors)
  if (errors.length > 0) {
    for (const message of errors) console.error(`malformed vignette file: ${message}`)
    return 2
  }

  let passed = 0
  let failed = 0
  for (const vignette of loaded.flatMap((file) => file.vignettes)) {
    const result = checkVignette(vignette)
    if (result.ok) {
      passed += 1
      console.log(`ok   ${result.id} ${result.title}`)
    } else {
      failed += 1
      const tiers = result.tiers.map(formatTier).join(', ')
      console.log(
        `FAIL ${result.id} ${result.title}: ${result.failures.join('; ')}; tiers: ${tiers}`,
      )
    }
  }
  console.log(`${passed} passed, ${failed} failed`)
  return failed > 0 ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
