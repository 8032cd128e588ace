import type { Database } from 'better-sqlite3'
import { PatientInputSchema } from '../../shared/patients/patient'
import { demoPatient, seededRandom } from '../demo/demoPeople'
import { createPatientRepository } from '../patients/patientRepository'

export interface SeedDemoResult {
  readonly patientsCreated: number
}

/**
 * Fills a database with obviously fake patients so anyone can see a populated app. Record
 * numbers continue after the highest existing DEMO- number, so seeding twice adds, never clashes.
 */
export function seedDemo(
  db: Database,
  patientCount: number,
  now: Date = new Date(),
): SeedDemoResult {
  const patients = createPatientRepository(db)
  const existing = db
    .prepare("SELECT count(*) AS n FROM patients WHERE record_number LIKE 'DEMO-%'")
    .get() as {
    n: number
  }
  const random = seededRandom(20261126 + existing.n)
  db.transaction(() => {
    for (let i = 0; i < patientCount; i++) {
      const fields = PatientInputSchema.parse(demoPatient(existing.n + i, random))
      patients.create(fields, now.toISOString())
    }
  })()
  return { patientsCreated: patientCount }
}
