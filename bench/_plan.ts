import BetterSqlite3 from 'better-sqlite3'
import { buildWorklistCounts, buildWorklistPage } from '../src/main/reviews/worklistQuery'
import { WorklistQuerySchema } from '../src/shared/review/worklist'
const db = new BetterSqlite3('bench/data/clinic-scale-g1-s5-100000p-250000i/clinic-intake.sqlite3', { readonly: true })
for (const [status, f] of [['awaiting', { patientQuery: '1970-05-05' }], ['all', { redFlag: 'persistent_or_severe' }], ['awaiting', { redFlag: 'persistent_or_severe' }], ['awaiting', { patientQuery: 'ke' }]] as const) {
  const q = WorklistQuerySchema.parse({ ...f, status })
  for (const b of [buildWorklistPage(q), buildWorklistCounts(q)]) {
    console.log(status, JSON.stringify(f), '\n  ' + (db.prepare('EXPLAIN QUERY PLAN ' + b.sql).all(...b.params) as { detail: string }[]).map(r => r.detail).join('\n  '))
  }
}
