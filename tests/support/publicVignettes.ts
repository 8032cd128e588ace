// The public clinical vignettes (../shared/clinical/vignettes.json), read and checked once for
// every kind of test: the engine's, the services', and the end-to-end flows.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VignetteFileSchema } from '../../src/shared/clinical/vignettes'
import type { Vignette, VignetteFile } from '../../src/shared/clinical/vignettes'
import type { Sex } from '../../src/shared/intake/answerOptions'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const PUBLIC_VIGNETTES = path.resolve(REPO_ROOT, '../shared/clinical/vignettes.json')

export function loadPublicVignettes(): VignetteFile {
  return VignetteFileSchema.parse(JSON.parse(readFileSync(PUBLIC_VIGNETTES, 'utf8')))
}

/** One public vignette by id (P02 is the disc herniation, P09 cauda equina, and so on). */
export function publicVignette(id: string): Vignette {
  const found = loadPublicVignettes().vignettes.find((vignette) => vignette.id === id)
  if (!found) throw new Error(`vignette ${id} is missing`)
  return found
}

/** A vignette's age and sex, which every public vignette gives (a test fails loudly if not). */
export function vignetteAgeAndSex(vignette: Vignette): { ageYears: number; sex: Sex } {
  const { ageYears, sex } = vignette.patient
  if (ageYears === undefined || sex === undefined) {
    throw new Error(`vignette ${vignette.id} has no age or sex`)
  }
  return { ageYears, sex }
}
