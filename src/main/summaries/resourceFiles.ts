import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The app's `resources/` folder (fonts, body diagram). The same code runs from src/main/** under
 * tsx and vitest and bundled into out/main/*.js, so the folder is found by walking up from this
 * module to the first ancestor that has it, instead of a fixed number of `..`.
 * CLINIC_INTAKE_RESOURCES_DIR overrides it for a packaged app that keeps resources elsewhere.
 */
export function resourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CLINIC_INTAKE_RESOURCES_DIR
  if (override) return resolve(override)
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 8; depth += 1) {
    const candidate = join(dir, 'resources')
    if (existsSync(join(candidate, 'fonts'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new Error('The resources folder (fonts, body diagram) could not be found')
}

export function resourcePath(...parts: string[]): string {
  return join(resourcesDir(), ...parts)
}
