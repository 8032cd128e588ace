import BetterSqlite3 from 'better-sqlite3'
import { buildWorklistCounts, buildWorklistPage } from '../src/main/reviews/worklistQuery'
import { WorklistQuerySchema } from '../src/shared/review/worklist'
const db = new BetterSqlite3('bench/data/scratch/a.sqlite3', { readonly: true })
const filters: Record<string, object> = {
  none: {}, rareFlag: { redFlag: 'cauda_equina' }, commonFlag: { redFlag: 'persistent_or_severe' },
  commonCause: { likelyCause: 'sciatica' }, rareCause: { likelyCause: 'infection' },
  last7: { from: '2026-10-24', to: '2026-10-30' }, old: { from: '2021-10-25', to: '2021-10-31' },
  visitMonth: { dateField: 'visit', from: '2023-10-01', to: '2023-10-31' },
  name: { patientQuery: 'ke' }, dob: { patientQuery: '1970-05-05' }, rn: { patientQuery: 'SYN-0000042' },
}
const time = (f: () => unknown) => { f(); const t = performance.now(); for (let i = 0; i < 3; i++) f(); return ((performance.now() - t) / 3).toFixed(1) }
for (const [name, f] of Object.entries(filters)) {
  const out: string[] = []
  for (const status of ['awaiting', 'reviewed', 'all']) {
    const q = WorklistQuerySchema.parse({ ...f, status })
    const p = buildWorklistPage(q); const c = buildWorklistCounts(q)
    const ps = db.prepare(p.sql); const cs = db.prepare(c.sql)
    out.push(`${status}: page ${time(() => ps.all(...p.params))} count ${time(() => cs.all(...c.params))}`)
  }
  console.log(name.padEnd(12), out.join(' | '))
}
