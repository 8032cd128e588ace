import { vi } from 'vitest'
import { mountWithApp } from '../support/mountWithApp'
import type { Intake } from '../../../src/shared/intake/intakeRecord'
import type { Patient } from '../../../src/shared/patients/patient'

/** Intake screens mount like every other screen: the app's routes, i18n, Pinia, a fake API. */
export const mountIntakeScreen = mountWithApp

export function ok<T>(value: T) {
  return { ok: true as const, value }
}

export const testPatient: Patient = {
  id: 3,
  givenName: 'Testy',
  familyName: 'Example',
  dateOfBirth: '1985-05-01',
  sex: 'male',
  recordNumber: null,
  phone: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
}

export function draftIntake(overrides: Partial<Intake> = {}): Intake {
  return {
    id: 5,
    patientId: testPatient.id,
    status: 'draft',
    visitDate: '2026-11-26',
    step: 'painMap',
    values: {},
    answers: null,
    assessment: null,
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
    submittedAt: null,
    submittedBy: null,
    submittedByName: null,
    enteredInError: null,
    version: 1,
    ...overrides,
  }
}

/** A fake intakes namespace that stores drafts like the real one, version checks included. */
export function fakeIntakes(initial: Intake) {
  let intake = initial
  const saveDraft = vi.fn(
    async (input: { id: number; version: number; step: string; values: Intake['values'] }) => {
      if (input.version !== intake.version) {
        return {
          ok: false as const,
          error: {
            kind: 'conflict' as const,
            message: 'This intake was changed in another window.',
          },
        }
      }
      intake = { ...intake, step: input.step, values: input.values, version: intake.version + 1 }
      return ok({ id: intake.id, version: intake.version, updatedAt: '2026-11-26T09:01:00.000Z' })
    },
  )
  const get = vi.fn(async () => ok({ intake, patient: testPatient }))
  return {
    api: { intakes: { get, saveDraft } },
    saveDraft,
    get,
    current: () => intake,
    /** Someone else saves in another window. */
    bumpVersionElsewhere: () => {
      intake = { ...intake, version: intake.version + 1 }
    },
  }
}

/** Lets pending promises (fake API calls) settle and Vue re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
