import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Migration } from './migration'

/**
 * What the agreement report counts (src/main/agreement), already counted per engine version and
 * calendar month of sign-off (the first seven characters of the stored UTC instant), so ten
 * years of signed reviews are about a hundred rows per count instead of a pass over every
 * review's index entries (which took about 200 ms at clinic scale, measured by `npm run bench`).
 * A period's whole months are read here; the days before its first whole month and after its
 * last are counted off the indexes as before, so every count is exactly what counting the rows
 * gives.
 *
 * Each table holds, per key, how many rows of its source the report counts:
 * - reviews: intakes that are 'reviewed', with an engine version and a sign-off time;
 * - outcomes: review_outcomes of intakes that are 'reviewed' (m009, m010);
 * - red flags: intake_red_flags of intakes that are 'reviewed', with an engine version and a
 *   sign-off time (m010 copies both at sign-off; a reviewed intake always has them).
 * Triggers keep the counts whatever code writes the rows: every insert, delete and change of a
 * counted column subtracts what the row counted before and adds what it counts after. So
 * sign-off, amendments (outcomes rewritten) and marking an intake entered in error (status
 * copied to its outcomes and flags) all move the counts with the rows, in the same transaction.
 */
interface MonthlyCount {
  /** The table of counts. */
  readonly table: string
  /** The table whose rows are counted. */
  readonly source: string
  /** The key's columns in the counts, each with its expression over a source row. */
  readonly key: readonly { readonly column: string; readonly of: (row: string) => string }[]
  /** Whether a source row is counted (`row`: 'NEW.', 'OLD.' or '' for the table itself). */
  readonly counted: (row: string) => string
  /** The source columns the key and the condition read. */
  readonly reads: readonly string[]
}

const month = (row: string) => `substr(${row}signed_at, 1, 7)`
const column = (name: string) => ({ column: name, of: (row: string) => `${row}${name}` })

const COUNTS: readonly MonthlyCount[] = [
  {
    table: 'agreement_review_months',
    source: 'intakes',
    key: [column('engine_version'), { column: 'month', of: month }],
    counted: (row) =>
      `${row}status = 'reviewed' AND ${row}engine_version IS NOT NULL AND ${row}signed_at IS NOT NULL`,
    reads: ['status', 'engine_version', 'signed_at'],
  },
  {
    table: 'agreement_outcome_months',
    source: 'review_outcomes',
    key: [
      column('engine_version'),
      { column: 'month', of: month },
      column('cause_id'),
      column('tier'),
      column('decision'),
    ],
    counted: (row) => `${row}intake_status = 'reviewed'`,
    reads: ['intake_status', 'engine_version', 'signed_at', 'cause_id', 'tier', 'decision'],
  },
  {
    table: 'agreement_flag_months',
    source: 'intake_red_flags',
    key: [
      column('engine_version'),
      { column: 'month', of: month },
      column('flag_id'),
      column('urgency'),
    ],
    counted: (row) =>
      `${row}intake_status = 'reviewed' AND ${row}engine_version IS NOT NULL AND ${row}signed_at IS NOT NULL`,
    reads: ['intake_status', 'engine_version', 'signed_at', 'flag_id', 'urgency'],
  },
]

/** Adds `delta` to the count of `row`'s key, if the row is counted (an upsert, so any order). */
function adjust(count: MonthlyCount, row: 'NEW.' | 'OLD.', delta: 1 | -1): string {
  const columns = count.key.map((part) => part.column).join(', ')
  const values = count.key.map((part) => part.of(row)).join(', ')
  return `INSERT INTO ${count.table} (${columns}, n) SELECT ${values}, ${delta}
          WHERE ${count.counted(row)}
          ON CONFLICT DO UPDATE SET n = n + excluded.n;`
}

function create(db: Database, count: MonthlyCount): void {
  const key = count.key.map((part) => `${part.column} TEXT NOT NULL`).join(', ')
  const columns = count.key.map((part) => part.column).join(', ')
  db.exec(`
    CREATE TABLE ${count.table} (
      ${key},
      n INTEGER NOT NULL,
      PRIMARY KEY (${columns})
    ) STRICT, WITHOUT ROWID;

    INSERT INTO ${count.table} (${columns}, n)
    SELECT ${count.key.map((part) => part.of('')).join(', ')}, count(*) FROM ${count.source}
    WHERE ${count.counted('')}
    GROUP BY ${count.key.map((_, index) => index + 1).join(', ')};

    CREATE TRIGGER ${count.table}_count_insert AFTER INSERT ON ${count.source}
    BEGIN ${adjust(count, 'NEW.', 1)} END;
    CREATE TRIGGER ${count.table}_count_delete AFTER DELETE ON ${count.source}
    BEGIN ${adjust(count, 'OLD.', -1)} END;
    CREATE TRIGGER ${count.table}_count_update AFTER UPDATE OF ${count.reads.join(', ')}
      ON ${count.source}
    BEGIN ${adjust(count, 'OLD.', -1)} ${adjust(count, 'NEW.', 1)} END;
  `)
}

export const m015AgreementMonths: Migration = {
  version: 15,
  name: 'the agreement report counts per engine version and month of sign-off',
  up: (db) => {
    for (const count of COUNTS) create(db, count)
    db.exec(`
      -- The days around a period's whole months, counted off these (signed reviews only, so
      -- nothing is added to them before sign-off): outcomes and red flags by sign-off time.
      CREATE INDEX review_outcomes_by_signed ON review_outcomes
        (engine_version, signed_at, cause_id, tier, decision) WHERE intake_status = 'reviewed';
      CREATE INDEX intake_red_flags_by_signed ON intake_red_flags
        (signed_at, engine_version, flag_id, urgency) WHERE intake_status = 'reviewed';
    `)
  },
}
