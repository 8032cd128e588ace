import BetterSqlite3 from 'better-sqlite3'
const db = new BetterSqlite3('bench/data/scratch/a.sqlite3')
let t = performance.now(); db.pragma('analysis_limit = 1000'); db.exec('ANALYZE'); console.log('analyze(limit 1000) ms', performance.now() - t)
console.log(db.prepare('select * from sqlite_stat1').all())
