import type { Database } from 'better-sqlite3-multiple-ciphers'
import { PatientInputSchema } from '../../shared/patients/patient'
import { seedDemoIntakes } from './demoIntakes'
import type { DemoIntakeCounts } from './demoIntakes'
import { seededRandom } from '../../shared/seededRandom'
import { demoPatient } from './demoPeople'
import { createPatientRepository } from '../patients/patientRepository'

export interface SeedDemoResult extends DemoIntakeCounts {
  readonly patientsCreated: number
}

/** The first clinician account, if any, so demo reviews carry a name; else "not recorded". */
function demoReviewer(db: Database): { id: number; name: string } | null {
  const hasUsers = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'")
    .get()
  if (!hasUsers) return null
  const row = db
    .prepare(
      "SELECT id, display_name AS name FROM users WHERE role = 'clinician' AND disabled = 0 ORDER BY id LIMIT 1",
    )
    .get() as { id: number; name: string } | undefined
  return row ?? null
}

/**
 * Fills a database with obviously fake patients, each with one or two intakes (drafts, submitted
 * and reviewed ones), so anyone can see a populated app and print summaries. Record numbers
 * continue after the highest existing DEMO- number, so seeding twice adds, never clashes.
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
  const reviewer = demoReviewer(db)
  const counts: DemoIntakeCounts = { drafts: 0, submitted: 0, reviewed: 0 }
  db.transaction(() => {
    for (let i = 0; i < patientCount; i++) {
      const fields = PatientInputSchema.parse(demoPatient(existing.n + i, random))
      const patient = patients.create(fields, now.toISOString())
      const added = seedDemoIntakes(db, patient, random, now, reviewer)
      counts.drafts += added.drafts
      counts.submitted += added.submitted
      counts.reviewed += added.reviewed
    }
  })()
  return { patientsCreated: patientCount, ...counts }
}
