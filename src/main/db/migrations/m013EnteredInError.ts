import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Migration } from './migration'

const OLD_STATUSES = "('draft', 'submitted', 'reviewed')"
/**
 * `discarded`: a draft front desk threw away; `entered_in_error`: a submitted or reviewed intake
 * a clinician marked as wrong. Both are kept (nothing is deleted), and neither is ever listed.
 */
const NEW_STATUSES = "('draft', 'submitted', 'reviewed', 'discarded', 'entered_in_error')"

/** Who marked an intake entered in error, when and why; who discarded a draft, and when. */
const NEW_INTAKE_COLUMNS = `,
        entered_in_error_at     TEXT,
        entered_in_error_by     INTEGER REFERENCES users (id),
        entered_in_error_reason TEXT CHECK (length(entered_in_error_reason) BETWEEN 3 AND 500),
        discarded_at            TEXT,
        discarded_by            INTEGER REFERENCES users (id),
        -- Marked in error means by someone (or the console) at some time, for a reason.
        CHECK ((status = 'entered_in_error') =
               (entered_in_error_at IS NOT NULL AND entered_in_error_reason IS NOT NULL)),
        CHECK ((status = 'discarded') = (discarded_at IS NOT NULL))`

interface SchemaRow {
  readonly type: 'table' | 'index' | 'trigger'
  readonly name: string
  readonly sql: string
}

/**
 * SQLite cannot change a CHECK in place, so a table whose status CHECK must allow the two new
 * statuses is rebuilt the documented way (sqlite.org/lang_altertable.html, "making other kinds
 * of table schema changes"): a new table with the new CHECK, every row copied, the old one
 * dropped, the new one renamed, then its indexes and triggers made again exactly as they were.
 * The migration runs with foreign keys off (`rebuildsTables`) and checks them before commit.
 */
function rebuildWithStatuses(db: Database, table: string, column: string, extra = ''): void {
  const own = db
    .prepare<[string], SchemaRow>(
      'SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL',
    )
    .all(table)
  const definition = own.find((row) => row.type === 'table')
  const check = `CHECK (${column} IN ${OLD_STATUSES})`
  if (!definition || definition.sql.split(check).length !== 2) {
    throw new Error(`m013: ${table} does not have the expected ${column} check`)
  }
  const rebuilt = `${table}_m013`
  const closing = definition.sql.lastIndexOf(')')
  const sql =
    definition.sql.slice(0, closing).replace(check, `CHECK (${column} IN ${NEW_STATUSES})`) +
    extra +
    definition.sql.slice(closing)
  const columns = db
    .prepare<[string], string>('SELECT name FROM pragma_table_info(?)')
    .pluck()
    .all(table)
    .join(', ')
  db.exec(sql.replace(/^CREATE TABLE\s+"?\w+"?/, `CREATE TABLE ${rebuilt}`))
  db.exec(`INSERT INTO ${rebuilt} (${columns}) SELECT ${columns} FROM ${table}`)
  db.exec(`DROP TABLE ${table}`)
  db.exec(`ALTER TABLE ${rebuilt} RENAME TO ${table}`)
  for (const row of own) if (row.type !== 'table') db.exec(row.sql)
}

export const m013EnteredInError: Migration = {
  version: 13,
  name: 'intakes entered in error and discarded drafts, kept with who, when and why',
  rebuildsTables: true,
  up: (db) => {
    // The rename below must not rewrite trigger bodies or other tables' references to the name
    // it takes over: they already name the table as it will be called again.
    db.pragma('legacy_alter_table = ON')
    try {
      rebuildWithStatuses(db, 'intakes', 'status', NEW_INTAKE_COLUMNS)
      // The copies of the status beside flags, causes and outcomes (m006, m010) follow it, so an
      // intake entered in error leaves the worklist's filters and the agreement report too.
      rebuildWithStatuses(db, 'intake_causes', 'intake_status')
      rebuildWithStatuses(db, 'intake_red_flags', 'intake_status')
      rebuildWithStatuses(db, 'review_outcomes', 'intake_status')
    } finally {
      db.pragma('legacy_alter_table = OFF')
    }
    // An emergency alert on an intake entered in error is closed, saying so (null: an alert
    // acknowledged by a clinician, or still open).
    db.exec(`
      ALTER TABLE alerts ADD COLUMN closed_because TEXT
        CHECK (closed_because IN ('entered_in_error'));
    `)
  },
}
