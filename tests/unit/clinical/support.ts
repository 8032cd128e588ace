// Shared helpers for the clinical engine tests (not a test file itself).
import type { Answers } from '../../../src/shared/intake/answers'
import type { PatientContext } from '../../../src/shared/intake/patientContext'
import { assess } from '../../../src/shared/clinical/assess'
import type { Assessment, CauseResult } from '../../../src/shared/clinical/assessment'
import type { CauseId, RedFlagId } from '../../../src/shared/clinical/ids'

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
