import { describe, expect, it } from 'vitest'
import { PatientContextSchema } from '../../../src/shared/intake/patientContext'
import { patientContextAtVisit } from '../../../src/shared/intake/patientContextAtVisit'

describe('the patient context at a visit', () => {
  it('counts whole years on the visit day, the birthday included', () => {
    const patient = { dateOfBirth: '1976-11-26', sex: 'female' } as const
    expect(patientContextAtVisit(patient, '2026-11-25')).toEqual({ ageYears: 49, sex: 'female' })
    expect(patientContextAtVisit(patient, '2026-11-26')).toEqual({ ageYears: 50, sex: 'female' })
  })

  it('stays within what the engine accepts, even for odd records', () => {
    const old = patientContextAtVisit({ dateOfBirth: '1890-01-01', sex: 'male' }, '2026-01-01')
    const unborn = patientContextAtVisit({ dateOfBirth: '2026-12-01', sex: 'male' }, '2026-11-01')
    expect(old.ageYears).toBe(130)
    expect(unborn.ageYears).toBe(0)
    expect(PatientContextSchema.safeParse(old).success).toBe(true)
    expect(PatientContextSchema.safeParse(unborn).success).toBe(true)
  })
})
