import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { openDatabase } from '../../../src/main/db/openDatabase'
import { ConflictError, FieldValidationError, NotFoundError } from '../../../src/main/door/errors'
import { createPatientRepository } from '../../../src/main/patients/patientRepository'
import type { PatientRepository } from '../../../src/main/patients/patientRepository'
import { fakePatient } from '../support/patientFixtures'
import { useTempDir } from '../support/tempDataDir'
import { testKeys } from '../../support/keyedFiles'

const tempDir = useTempDir()
const NOW = '2026-11-26T09:00:00.000Z'
let db: Database
let patients: PatientRepository

beforeEach(() => {
  db = openDatabase({ keys: testKeys(), file: join(tempDir(), 'clinic.sqlite3') })
  patients = createPatientRepository(db)
  return () => db.close()
})

describe('patient repository', () => {
  it('creates and gets a patient', () => {
    const created = patients.create(fakePatient({ recordNumber: 'DEMO-1' }), NOW)
    expect(created).toMatchObject({ givenName: 'Testy', recordNumber: 'DEMO-1', version: 1 })
    expect(patients.get(created.id)).toEqual(created)
  })

  it('reports a missing patient as not found', () => {
    expect(() => patients.get(404)).toThrow(NotFoundError)
  })

  it('updates with the expected version and refuses a stale one', () => {
    const created = patients.create(fakePatient(), NOW)
    const updated = patients.update(created.id, 1, fakePatient({ givenName: 'Renamed' }), NOW)
    expect(updated).toMatchObject({ givenName: 'Renamed', version: 2 })
    expect(() => patients.update(created.id, 1, fakePatient(), NOW)).toThrow(ConflictError)
    expect(() => patients.update(999, 1, fakePatient(), NOW)).toThrow(NotFoundError)
  })

  it('refuses a record number another patient has, whatever its case', () => {
    patients.create(fakePatient({ recordNumber: 'ABC-1' }), NOW)
    expect(() => patients.create(fakePatient({ recordNumber: 'abc-1' }), NOW)).toThrow(
      FieldValidationError,
    )
  })

  describe('search', () => {
    beforeEach(() => {
      patients.create(
        fakePatient({ givenName: 'José', familyName: 'Núñez', recordNumber: 'R-100' }),
        NOW,
      )
      patients.create(
        fakePatient({ givenName: 'Zoë', familyName: 'Ærøskøbing', dateOfBirth: '1990-01-02' }),
        NOW,
      )
      patients.create(fakePatient({ givenName: 'Łukasz', familyName: 'Żółć' }), NOW)
      patients.create(fakePatient({ givenName: 'Nunzio', familyName: 'Smithers' }), NOW)
    })
    const names = (query: string) =>
      patients.search(query, 25).map((p) => `${p.givenName} ${p.familyName}`)

    it('matches the start of given or family names, accents ignored', () => {
      expect(names('nun')).toEqual(['José Núñez', 'Nunzio Smithers'])
      expect(names('jose nu')).toEqual(['José Núñez'])
      expect(names('zolc')).toEqual(['Łukasz Żółć'])
      expect(names('lukasz')).toEqual(['Łukasz Żółć'])
      expect(names('aeroskobing')).toEqual(['Zoë Ærøskøbing'])
      expect(names('ÆRØ')).toEqual(['Zoë Ærøskøbing'])
      expect(names('smith')).toEqual(['Nunzio Smithers'])
      expect(names('mith')).toEqual([])
    })

    it('matches a date of birth exactly', () => {
      expect(names('1990-01-02')).toEqual(['Zoë Ærøskøbing'])
      expect(names('1990-01-03')).toEqual([])
    })

    it('matches a clinic record number exactly', () => {
      expect(names('r-100')).toEqual(['José Núñez'])
      expect(names('R-10')).toEqual([])
    })

    it('treats FTS syntax in the search box as plain text', () => {
      for (const query of ['"', 'NEAR(', 'a OR b', '*', 'x AND', "o'brien", '-', '^s']) {
        expect(() => patients.search(query, 25)).not.toThrow()
      }
    })

    it('lists recently updated patients for an empty search, newest first', () => {
      patients.update(
        1,
        1,
        fakePatient({ givenName: 'José', familyName: 'Núñez' }),
        '2027-01-01T00:00:00.000Z',
      )
      expect(names('')[0]).toBe('José Núñez')
    })

    it('keeps the name index in step with renames', () => {
      patients.update(4, 1, fakePatient({ givenName: 'Nunzio', familyName: 'Jones' }), NOW)
      expect(names('smithers')).toEqual([])
      expect(names('jones')).toEqual(['Nunzio Jones'])
    })
  })
})
