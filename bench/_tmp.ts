import Database from 'better-sqlite3'
const db = new Database('bench/data/clinic-scale-g1-s5-4000p-10000i/clinic-intake.sqlite3', {
  readonly: true,
})
console.log(
  db
    .prepare(
      `SELECT count(*) n, avg(length(draft_json)) d, avg(length(answers_json)) a, avg(length(assessment_json)) s FROM intakes`,
    )
    .get(),
)
try {
  console.log(
    db
      .prepare(`SELECT name, sum(pgsize)/1e6 mb FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12`)
      .all(),
  )
} catch (e) {
  console.log(String(e))
}
console.log(db.prepare('select status, count(*) from intakes group by 1').all())
console.log(db.prepare('select highest_urgency, count(*) from intakes group by 1').all())
console.log(
  db
    .prepare('select cause_id, tier, count(*) n from intake_causes group by 1,2 order by n desc')
    .all(),
)
