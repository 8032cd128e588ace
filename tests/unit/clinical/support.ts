// Shared helpers for the clinical engine tests (not a test file itself).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Answers } from '../../../src/shared/intake/answers'
import type { PatientContext } from '../../../src/shared/intake/patientContext'
import { assess } from '../../../src/shared/clinical/assess'
import type { Assessment, CauseResult } from '../../../src/shared/clinical/assessment'
import type { CauseId, RedFlagId } from '../../../src/shared/clinical/ids'
import { type VignetteFile, VignetteFileSchema } from '../../../src/shared/clinical/vignettes'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const PUBLIC_VIGNETTES = path.resolve(REPO_ROOT, '../shared/clinical/vignettes.json')

export function loadPublicVignettes(): VignetteFile {
  return VignetteFileSchema.parse(JSON.parse(readFileSync(PUBLIC_VIGNETTES, 'utf8')))
}

export function cause(assessment: Assessment, id: CauseId): CauseResult {
  const found = assessment.causes.find((result) => result.id === id)
  if (found === undefined) throw new Error(`cause ${id} missing from the assessment`)
  return found
}

export function causeOf(patient: PatientContext, answers: Answers, id: CauseId): CauseResult {
  return cause(assess(patient, answers), id)
}

/** The evidence phrases a cause matched. */
export function phrases(result: CauseResult): string[] {
  return result.evidence.map((evidence) => evidence.phrase)
}

export function flagIds(assessment: Assessment): RedFlagId[] {
  return assessment.redFlags.map((flag) => flag.id)
}

export function flagsFor(patient: PatientContext, answers: Answers): RedFlagId[] {
  return flagIds(assess(patient, answers))
}
