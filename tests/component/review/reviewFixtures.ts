import type { Review } from '../../../src/shared/review/review'
import { testPatient } from '../intake/support'

/** A review in progress as the door returns it after a save: nothing decided, only a note. */
export function inProgressReview(input: {
  intakeId: number
  clinicalNote: string
  engineVersion: string
}): Review {
  return {
    id: 1,
    intakeId: input.intakeId,
    patientId: testPatient.id,
    status: 'in_progress',
    decisions: [],
    otherDiagnoses: [],
    clinicalNote: input.clinicalNote,
    engineVersion: input.engineVersion,
    createdAt: '2026-11-26T10:00:00.000Z',
    createdBy: 4,
    updatedAt: '2026-11-26T10:00:00.000Z',
    signedAt: null,
    signedBy: null,
    signedByName: null,
    version: 1,
    amendments: [],
  }
}

/** A signed review, as the door returns it: every flagged cause decided, no amendment yet. */
export function signedReview(input: {
  intakeId: number
  decisions: Review['decisions']
  clinicalNote: string
}): Review {
  return {
    ...inProgressReview({ ...input, engineVersion: '1.1.0' }),
    status: 'signed',
    decisions: input.decisions,
    signedAt: '2026-11-26T10:30:00.000Z',
    signedBy: 4,
    signedByName: 'Casey Doc',
    version: 2,
  }
}
