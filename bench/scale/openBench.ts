// Starting the app on ten years of data: opening the database (pending migrations: none; the
// quick_check runs afterwards on a worker), with and without encryption in the same run; the
// one-time conversion of a plaintext database; and, once per upgrade, migrating it from the
// previous schema version.
import { openCore } from '../../src/main/core'
import { databaseFile } from '../../src/main/dataDir'
import { openKeyedDatabase } from '../../src/main/db/keyedDatabase'
import { closeDatabase, openDatabase } from '../../src/main/db/openDatabase'
import { MIGRATIONS } from '../../src/main/db/migrations/index'
import { silentLogger } from '../../src/main/log'
import { loadOrCreateKeyFile } from '../../src/main/storage/keyFile'
import type { BenchRow } from '../support/benchRow'
import { percentile, roundMs } from '../support/stats'
import { downgradeToPreviousSchema } from './previousSchema'

const OPENS = 3

/** The median time to open the whole core on the big database, `OPENS` times. */
function medianOpenMs(dataDir: string, encrypted: boolean): number {
  const samples: number[] = []
  for (let i = 0; i < OPENS; i++) {
    const start = performance.now()
    const core = openCore({
      dataDir,
      log: silentLogger,
      ...(encrypted ? {} : { benchmarkWithoutEncryption: true }),
    })
    samples.push(performance.now() - start)
    core.close()
  }
  return percentile(samples, 50)
}

/** Opening the plaintext working copy as it is: the floor the encrypted open is compared with. */
export function benchOpenWithoutEncryption(dataDir: string): BenchRow[] {
  return [
    {
      id: 'open.plain',
      label: `open the database without encryption (median of ${OPENS})`,
      value: roundMs(medianOpenMs(dataDir, false)),
      unit: 'ms',
      short: 'open unencrypted',
    },
  ]
}

/** The first start after the upgrade to encryption: the plaintext database converted, once. */
export function benchEncryptOnce(dataDir: string): BenchRow[] {
  const start = performance.now()
  closeDatabase(openDatabase({ file: databaseFile(dataDir), keys: loadOrCreateKeyFile(dataDir) }))
  return [
    {
      id: 'open.encryptOnce',
      label: 'first start after the upgrade: encrypt the plaintext database (once)',
      value: roundMs(performance.now() - start),
      unit: 'ms',
    },
  ]
}

/** The whole start of the core on the big, encrypted database: open, migrate (nothing), prepare. */
export function benchOpen(dataDir: string): BenchRow[] {
  return [
    {
      id: 'open.latest',
      label: `open the encrypted database at the latest schema (median of ${OPENS})`,
      value: roundMs(medianOpenMs(dataDir, true)),
      unit: 'ms',
      floorId: 'open.plain',
      target: { below: 300, withinFloorRatio: 1.3 },
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
  const keys = loadOrCreateKeyFile(dataDir)
  const raw = openKeyedDatabase(file, { key: keys.database })
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
  closeDatabase(openDatabase({ file, keys, migrations: timed }))
  const totalMs = performance.now() - start
  return {
    rows: [
      {
        id: 'open.migrate',
        label: `open a copy at schema v${downgraded.version}: safety copy, migrate`,
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
