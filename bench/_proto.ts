import BetterSqlite3 from 'better-sqlite3'
const db = new BetterSqlite3('bench/data/scratch/a.sqlite3')
db.pragma('journal_mode = WAL')
let t = performance.now()
db.exec('CREATE INDEX intakes_list ON intakes (id, status, urgency_rank, submitted_at, visit_date, patient_id)')
console.log('create index ms', (performance.now() - t).toFixed(0))
const plan = (sql: string, ...p: unknown[]) => console.log((db.prepare('EXPLAIN QUERY PLAN ' + sql).all(...p) as {detail:string}[]).map(r => '  ' + r.detail).join('\n'))
const time = (label: string, f: () => unknown) => { f(); t = performance.now(); let r; for (let i = 0; i < 5; i++) r = f(); console.log(label, ((performance.now() - t) / 5).toFixed(2), 'ms', Array.isArray(r) ? r.length : r) }
const walk = `SELECT i.id, i.status FROM (SELECT intake_id AS id FROM intake_red_flags WHERE flag_id = ?) AS d CROSS JOIN intakes AS i ON i.id = d.id WHERE i.status IN ('submitted','reviewed')`
plan(walk, 'persistent_or_severe')
const walkIdx = walk.replace('intakes AS i ON', 'intakes AS i INDEXED BY intakes_list ON')
plan(walkIdx, 'persistent_or_severe')
const collect = (sql: string, flag: string) => { let a = 0, r = 0; for (const row of db.prepare(sql).iterate(flag) as Iterable<{status: string}>) { if (row.status === 'submitted') a++; else r++; if (a >= 1000 && r >= 1000) break } return [a, r] }
time('walk common (table)', () => collect(walk, 'persistent_or_severe'))
time('walk common (index)', () => collect(walkIdx, 'persistent_or_severe'))
time('walk rare (table)', () => collect(walk, 'cauda_equina'))
time('walk rare (index)', () => collect(walkIdx, 'cauda_equina'))
const ids = JSON.stringify((db.prepare(`SELECT intake_id FROM intake_red_flags WHERE flag_id='cauda_equina' LIMIT 1000`).pluck().all()))
const sortSql = `SELECT i.id FROM intakes i INDEXED BY intakes_list WHERE i.id IN (SELECT value FROM json_each(?)) AND i.status = 'submitted' ORDER BY i.urgency_rank, i.submitted_at, i.id LIMIT 25`
plan(sortSql, ids)
time('sort 1000 candidates (index)', () => db.prepare(sortSql).all(ids))
time('sort 1000 candidates (table)', () => db.prepare(sortSql.replace(' INDEXED BY intakes_list', '')).all(ids))
const countUnf = `SELECT count(*) n FROM (SELECT 1 FROM intakes WHERE status = ? LIMIT 1000)`
plan(countUnf, 'submitted')
time('capped count', () => db.prepare(countUnf).get('submitted'))
const awaitWalk = `SELECT i.id FROM intakes i WHERE i.status = 'submitted' AND EXISTS (SELECT 1 FROM intake_red_flags f WHERE f.intake_id = i.id AND f.flag_id = ?) ORDER BY i.urgency_rank, i.submitted_at, i.id LIMIT 25`
plan(awaitWalk, 'cauda_equina')
time('awaiting walk rare flag', () => db.prepare(awaitWalk).all('cauda_equina'))
time('awaiting walk common flag', () => db.prepare(awaitWalk).all('persistent_or_severe'))
const allWalk = `SELECT i.id FROM intakes i WHERE i.submitted_at IS NOT NULL AND i.status <> 'draft' AND EXISTS (SELECT 1 FROM intake_red_flags f WHERE f.intake_id = i.id AND f.flag_id = ?) ORDER BY i.submitted_at DESC, i.id DESC LIMIT 25`
plan(allWalk, 'cauda_equina')
time('all walk rare flag', () => db.prepare(allWalk).all('cauda_equina'))
time('all walk common flag', () => db.prepare(allWalk).all('persistent_or_severe'))
