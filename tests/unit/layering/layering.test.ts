import { existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { ESLint } from 'eslint'
import type { Linter } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'
import { LAYER_CASES } from './layerCases'
import type { ImportTarget, LayerCase } from './layerCases'

// The repository's own eslint.config.js, run through ESLint's Node API on fixture text placed
// (virtually, nothing is written) in each layer: the whitelist in lint/layering.js must refuse
// what a layer may not import and let through what it may.
const ROOT = join(import.meta.dirname, '../../..')
const eslint = new ESLint({ cwd: ROOT })

const isPath = (source: string): boolean => source.startsWith('src/')

/** The import line for a target, as written in a file at `file` (both from the root). */
function importLine(file: string, target: ImportTarget, index: number): string {
  const [source, name] = typeof target === 'string' ? [target, null] : target
  let specifier = source
  if (isPath(source)) {
    specifier = relative(dirname(file), source).replace(/\.ts$/, '')
    if (!specifier.startsWith('.')) specifier = `./${specifier}`
  }
  const binding = name ? `{ ${name} as imported${index} }` : `* as imported${index}`
  return `import ${binding} from '${specifier}'`
}

/** The import lines, one per target, and the 1-based lines that the layering rule reported. */
async function lintImports(
  file: string,
  targets: readonly ImportTarget[],
): Promise<{ lines: string[]; reported: Set<number>; messages: Linter.LintMessage[] }> {
  const lines = targets.map((target, index) => importLine(file, target, index))
  const text = `${lines.join('\n')}\nexport const used = [${targets.map((_, i) => `imported${i}`).join(', ')}]\n`
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, file) })
  const messages = (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('boundaries/'))
  return { lines, reported: new Set(messages.map((m) => m.line)), messages }
}

/** Every layer named in the config (the file categories it classifies files by). */
async function configuredLayers(): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(join(ROOT, 'src/main/core.ts'))) as {
    settings?: Record<string, unknown>
  }
  const files = config.settings?.['boundaries/files'] as { category: string }[]
  return files.map((descriptor) => descriptor.category)
}

describe('the layering whitelist (lint/layering.js)', () => {
  let layers: string[] = []
  beforeAll(async () => {
    layers = await configuredLayers()
  })

  it('has a case here for every layer, and every case names a real layer', () => {
    expect(layers.length).toBeGreaterThan(0)
    expect(LAYER_CASES.map((c) => c.layer).sort()).toEqual([...layers].sort())
  })

  it('imports only files that exist, so a refusal is never just an unresolved path', () => {
    const targets = LAYER_CASES.flatMap((c) => [...c.allowed, ...c.refused])
    const missing = targets
      .map((target) => (typeof target === 'string' ? target : target[0]))
      .filter((source) => isPath(source) && !existsSync(join(ROOT, source)))
    expect(missing).toEqual([])
  })

  it.each(LAYER_CASES.map((c): [string, LayerCase] => [c.layer, c]))(
    '%s: refuses what it may not import and allows what it may',
    async (_layer, layerCase) => {
      const targets = [...layerCase.allowed, ...layerCase.refused]
      const { lines, reported } = await lintImports(layerCase.file, targets)
      const verdicts = lines.map(
        (line, index) => `${reported.has(index + 1) ? 'refused' : 'allowed'}: ${line}`,
      )
      const expected = lines.map(
        (line, index) => `${index < layerCase.allowed.length ? 'allowed' : 'refused'}: ${line}`,
      )
      expect(verdicts).toEqual(expected)
    },
  )

  it('refuses a type-only import across layers too', async () => {
    const text = "import type { Core } from '../core'\nexport type Used = Core\n"
    const [result] = await eslint.lintText(text, {
      filePath: join(ROOT, 'src/main/door/layeringFixture.ts'),
    })
    const layering = (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies')
    expect(layering.map((m) => m.message)).toEqual([
      expect.stringContaining("main/door may not import '../core' (layer main/core)"),
    ])
  })

  it('refuses a file in a folder that has no row in the table', async () => {
    const [result] = await eslint.lintText('export const orphan = 1\n', {
      filePath: join(ROOT, 'src/main/unlistedFolder/orphan.ts'),
    })
    expect((result?.messages ?? []).map((m) => m.ruleId)).toContain('boundaries/no-unknown-files')
  })
})
