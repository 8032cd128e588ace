// Starting the app on ten years of data: opening the database (integrity check, pending
// migrations: none) and, once per upgrade, migrating it from the previous schema version.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { openCore } from '../../src/main/core'
import { databaseFile } from '../../src/main/dataDir'
import { openDatabase } from '../../src/main/db/openDatabase'
import { MIGRATIONS } from '../../src/main/db/migrations/index'
import { silentLogger } from '../../src/main/log'
import type { BenchRow } from '../support/benchRow'
import { percentile, roundMs } from '../support/stats'
import { downgradeToPreviousSchema } from './previousSchema'

const OPENS = 3

/** The whole start of the core on the big database: open, check, migrate (nothing), prepare. */
export function benchOpen(dataDir: string): BenchRow[] {
  const samples: number[] = []
  for (let i = 0; i < OPENS; i++) {
    const start = performance.now()
    const core = openCore({ dataDir, log: silentLogger })
    samples.push(performance.now() - start)
    core.close()
  }
  return [
    {
      id: 'open.latest',
      label: `open the database at the latest schema (median of ${OPENS})`,
      value: roundMs(percentile(samples, 50)),
      unit: 'ms',
    },
  ]
}

/**
 * The first start after an upgrade: the database one schema version back, opened by this build,
 * which copies it aside (VACUUM INTO) and then migrates it. Changes the file: run it last.
 */
export function benchMigrateFromPrevious(dataDir: string): {
  rows: BenchRow[]
  note: string | null
} {
  const file = databaseFile(dataDir)
  const raw = new BetterSqlite3(file)
  let downgraded: ReturnType<typeof downgradeToPreviousSchema>
  try {
    downgraded = downgradeToPreviousSchema(raw)
  } finally {
    raw.close()
  }
  if (!downgraded.ok) return { rows: [], note: `migration not measured: ${downgraded.reason}` }

  let migrationMs = 0
  const timed = MIGRATIONS.map((migration) => ({
    ...migration,
    up: (db: Parameters<typeof migration.up>[0]) => {
      const start = performance.now()
      migration.up(db)
      migrationMs += performance.now() - start
    },
  }))
  const start = performance.now()
  openDatabase({ file, migrations: timed }).close()
  const totalMs = performance.now() - start
  return {
    rows: [
      {
        id: 'open.migrate',
        label: `open a copy at schema v${downgraded.version}: integrity check, safety copy, migrate`,
        value: roundMs(totalMs),
        unit: 'ms',
      },
      {
        id: 'open.migrate.steps',
        label: `  of which the migration to v${MIGRATIONS.length} itself`,
        value: roundMs(migrationMs),
        unit: 'ms',
      },
    ],
    note: null,
  }
}
