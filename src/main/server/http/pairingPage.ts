import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

/** The page an unpaired browser gets, built by Vite beside the app (src/renderer/pairing.html). */
export const PAIRING_PAGE = 'pairing.html'

const ManifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
    assets: z.array(z.string()).optional(),
  }),
)

/**
 * The files the pairing page needs (its script, the chunks it imports, their styles and fonts),
 * from Vite's build manifest (`.vite/manifest.json`). These, and nothing else of the app, are
 * served to a browser that is not paired. No manifest (a test's renderer folder): none.
 */
export function pairingPageFiles(rendererDir: string): ReadonlySet<string> {
  const files = new Set<string>()
  const manifestFile = join(rendererDir, '.vite', 'manifest.json')
  if (!existsSync(manifestFile)) return files
  const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(manifestFile, 'utf8')))
  if (!parsed.success) return files
  const manifest = parsed.data
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) return
    for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) {
      files.add(`/${file}`)
    }
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(PAIRING_PAGE)
  return files
}
