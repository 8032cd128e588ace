import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Patient, PatientFields } from '../../shared/patients/patient'
import { PatientSchema } from '../../shared/patients/patient'
import { ConflictError, FieldValidationError, NotFoundError } from '../door/errors'
import { foldForSearch } from '../../shared/patients/foldForSearch'
import { buildNameMatchCount, buildPatientSearch } from './patientSearchQuery'

interface PatientRow {
  id: number
  given_name: string
  family_name: string
  date_of_birth: string
  sex: string
  record_number: string | null
  phone: string | null
  created_at: string
  updated_at: string
  version: number
}

function toPatient(row: PatientRow): Patient {
  return PatientSchema.parse({
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    recordNumber: row.record_number,
    phone: row.phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  })
}

const RECORD_NUMBER_TAKEN = new FieldValidationError([
  { path: ['recordNumber'], message: 'Another patient already has this record number' },
])

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE'
}

export interface PatientSearchLimits {
  /** Name matches beyond which the first page is read in name order rather than sorted. */
  readonly manyNameMatches: number
}

const DEFAULT_SEARCH_LIMITS: PatientSearchLimits = { manyNameMatches: 2000 }

export function createPatientRepository(
  db: Database,
  searchLimits: PatientSearchLimits = DEFAULT_SEARCH_LIMITS,
) {
  const insert = db.prepare<[PatientFields & { now: string }], PatientRow>(`
    INSERT INTO patients
      (given_name, family_name, date_of_birth, sex, record_number, phone, created_at, updated_at)
    VALUES
      (@givenName, @familyName, @dateOfBirth, @sex, @recordNumber, @phone, @now, @now)
    RETURNING *`)
  const update = db.prepare<
    [PatientFields & { id: number; version: number; now: string }],
    PatientRow
  >(`
    UPDATE patients SET
      given_name = @givenName, family_name = @familyName, date_of_birth = @dateOfBirth,
      sex = @sex, record_number = @recordNumber, phone = @phone,
      updated_at = @now, version = version + 1
    WHERE id = @id AND version = @version
    RETURNING *`)
  const byId = db.prepare<[number], PatientRow>('SELECT * FROM patients WHERE id = ?')
  const byDateOfBirth = db.prepare<[string], PatientRow>(
    'SELECT * FROM patients WHERE date_of_birth = ? ORDER BY id',
  )
  const unindexName = db.prepare<[number]>('DELETE FROM patient_name_index WHERE rowid = ?')
  const indexName = db.prepare<[number, string]>(
    'INSERT INTO patient_name_index (rowid, names) VALUES (?, ?)',
  )

  function reindexName(patient: Patient): void {
    unindexName.run(patient.id)
    indexName.run(patient.id, foldForSearch(`${patient.givenName} ${patient.familyName}`))
  }

  return {
    create(fields: PatientFields, now: string): Patient {
      return db.transaction(() => {
        try {
          const patient = toPatient(insert.get({ ...fields, now }) as PatientRow)
          reindexName(patient)
          return patient
        } catch (error) {
          if (isUniqueViolation(error)) throw RECORD_NUMBER_TAKEN
          throw error
        }
      })()
    },

    update(id: number, version: number, fields: PatientFields, now: string): Patient {
      return db.transaction(() => {
        const current = byId.get(id)
        if (!current)
          throw new NotFoundError('This patient no longer exists.', { code: 'patient_missing' })
        if (current.version !== version) {
          throw new ConflictError(
            'Someone else saved this patient while you were editing. Reload to see their changes.',
            { code: 'patient_changed' },
          )
        }
        try {
          const patient = toPatient(update.get({ ...fields, id, version, now }) as PatientRow)
          reindexName(patient)
          return patient
        } catch (error) {
          if (isUniqueViolation(error)) throw RECORD_NUMBER_TAKEN
          throw error
        }
      })()
    },

    get(id: number): Patient {
      const row = byId.get(id)
      if (!row) throw new NotFoundError('This patient does not exist.', { code: 'patient_missing' })
      return toPatient(row)
    },

    /**
     * Patients with this date of birth whose given and family names match after folding case,
     * accents and surrounding spaces ("José Núñez" = "jose nunez"): the same person, most likely.
     */
    findDuplicates(givenName: string, familyName: string, dateOfBirth: string): Patient[] {
      const same = (a: string, b: string) => foldForSearch(a.trim()) === foldForSearch(b.trim())
      return byDateOfBirth
        .all(dateOfBirth)
        .filter((row) => same(row.given_name, givenName) && same(row.family_name, familyName))
        .map(toPatient)
    },

    search(query: string, limit: number): Patient[] {
      const counted = buildNameMatchCount(query, searchLimits.manyNameMatches + 1)
      const matches = counted
        ? (db.prepare(counted.sql).get(...counted.params) as { n: number }).n
        : 0
      const many = matches > searchLimits.manyNameMatches
      const { sql, params } = buildPatientSearch(query, limit, many)
      return (db.prepare(sql).all(...params) as PatientRow[]).map(toPatient)
    },
  }
}

export type PatientRepository = ReturnType<typeof createPatientRepository>
