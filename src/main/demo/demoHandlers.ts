import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { AuditTrail } from '../audit/auditTrail'
import { seedDemo } from './seedDemo'
import type { Handlers } from '../door/dispatcher'

const maxIdOf = (db: Database, table: string) =>
  db.prepare<[], { id: number | null }>(`SELECT max(id) AS id FROM ${table}`).get()?.id ?? 0

/**
 * `demo.seed` (the CLI's seed-demo): fake patients with intakes. The door records the call; each
 * patient, intake and review it made is recorded too, in the same transaction, so the trail
 * accounts for every record in the database whoever made it.
 */
export function createDemoHandlers(
  db: Database,
  audit: AuditTrail,
  now: () => Date,
): Pick<Handlers, 'demo.seed'> {
  return {
    'demo.seed': ({ patients }, context) => {
      const after = {
        patients: maxIdOf(db, 'patients'),
        intakes: maxIdOf(db, 'intakes'),
        reviews: maxIdOf(db, 'reviews'),
      }
      const result = seedDemo(db, patients, now())
      const user = context.user ? { id: context.user.id, username: context.user.username } : null
      const created = (entityType: string, entityId: number, patientId: number) =>
        audit.append({
          user,
          shell: context.shell,
          action: 'create',
          channel: 'demo.seed',
          entityType,
          entityId,
          patientId,
          outcome: 'ok',
          detail: 'demo',
        })
      for (const id of db
        .prepare<[number], number>('SELECT id FROM patients WHERE id > ? ORDER BY id')
        .pluck()
        .all(after.patients)) {
        created('patient', id, id)
      }
      for (const row of db
        .prepare<[number], { id: number; patientId: number }>(
          'SELECT id, patient_id AS patientId FROM intakes WHERE id > ? ORDER BY id',
        )
        .all(after.intakes)) {
        created('intake', row.id, row.patientId)
      }
      for (const row of db
        .prepare<[number], { id: number; patientId: number }>(
          `SELECT r.id, i.patient_id AS patientId FROM reviews r JOIN intakes i ON i.id = r.intake_id
           WHERE r.id > ? ORDER BY r.id`,
        )
        .all(after.reviews)) {
        created('review', row.id, row.patientId)
      }
      return result
    },
  }
}
