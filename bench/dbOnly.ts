// The database sections of `npm run bench` alone, for working on query speed without the PDF,
// network and renderer sections: the calls through the one door (submit, worklist, search,
// review) and the agreement report, on a working copy of the clinic-scale database, encrypted
// as the app has it. `--plain` also measures the door's calls without encryption (the floor of
// the encryption ratio). Run it under the bench lock:
//
//   flock /tmp/bench.lock npx tsx bench/dbOnly.ts [--plain] [--only door|agreement]
//
// The encrypted copy is made once (the one-time conversion takes about a minute) and kept under
// bench/data/ beside the built database; each run measures on a fresh copy of it, migrated
// straight through any migration added since (as the built database's upgrade is).
import {
  closeSync,
  copyFileSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { openCore } from '../src/main/core'
import { databaseFile } from '../src/main/dataDir'
import { openKeyedDatabase } from '../src/main/db/keyedDatabase'
import { migrate } from '../src/main/db/migrate'
import { MIGRATIONS } from '../src/main/db/migrations/index'
import { closeDatabase, openDatabase } from '../src/main/db/openDatabase'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { silentLogger } from '../src/main/log'
import { KEY_FILE_NAME, loadOrCreateKeyFile } from '../src/main/storage/keyFile'
import { CLINIC_SCALE, ensureScaleDatabase, scaleDataDir } from './scale/buildDatabase'
import type { ScaleDatabase, ScaleManifest } from './scale/buildDatabase'
import { LATEST_SCHEMA_VERSION } from '../src/main/db/openDatabase'
import { benchAgreement } from './scale/agreementBench'
import { benchDoor } from './scale/doorBench'
import type { BenchRow } from './support/benchRow'

const { values: args } = parseArgs({
  options: {
    plain: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
})

/** A copy of `fromDir`'s database and key file in a fresh folder `toDir`. */
function copyDataDir(fromDir: string, toDir: string): void {
  rmSync(toDir, { recursive: true, force: true })
  mkdirSync(toDir, { recursive: true })
  copyFileSync(databaseFile(fromDir), databaseFile(toDir), constants.COPYFILE_FICLONE)
  copyFileSync(join(fromDir, KEY_FILE_NAME), join(toDir, KEY_FILE_NAME))
  // The copy's 2 GB on its way to the disk would share every measured commit's fsync.
  const copied = openSync(databaseFile(toDir), 'r')
  try {
    fsyncSync(copied)
  } finally {
    closeSync(copied)
  }
}

/** The built database converted once to the app's encryption, kept while the built one stays. */
function encryptedBase(scale: ScaleDatabase): string {
  const dir = `${scale.dataDir}-encrypted`
  const stamp = join(dir, 'source.json')
  const source = JSON.stringify(scale.manifest)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === source) return dir
  // One encrypted copy at a time (about 2 GB each): an older one's database is gone or changed.
  for (const name of readdirSync(dirname(dir))) {
    if (name.endsWith('-encrypted') && name !== basename(dir)) {
      rmSync(join(dirname(dir), name), { recursive: true, force: true })
    }
  }
  console.log('> encrypting a copy of the built database (once)')
  copyDataDir(scale.dataDir, dir)
  closeDatabase(openDatabase({ file: databaseFile(dir), keys: loadOrCreateKeyFile(dir) }))
  writeFileSync(stamp, source)
  return dir
}

/** Migrations added since the copy was made, straight through (invented data: no safety copy). */
function migrateCopy(dir: string, encrypted: boolean): void {
  const file = databaseFile(dir)
  const db = encrypted
    ? openKeyedDatabase(file, { key: loadOrCreateKeyFile(dir).database })
    : new BetterSqlite3(file)
  try {
    db.pragma('journal_mode = WAL')
    const started = performance.now()
    migrate(db, MIGRATIONS)
    console.log(`> migrated the copy in ${Math.round(performance.now() - started)} ms`)
  } finally {
    db.close()
  }
}

function print(rows: readonly BenchRow[]): void {
  for (const row of rows)
    console.log(`${row.id.padEnd(28)} ${String(row.value).padStart(9)} ${row.unit}`)
}

async function measure(dir: string, scale: ScaleDatabase, encrypted: boolean): Promise<void> {
  const core = openCore({
    dataDir: dir,
    log: silentLogger,
    ...(encrypted ? {} : { benchmarkWithoutEncryption: true }),
  })
  try {
    if (args.only !== 'agreement') {
      const door = await benchDoor(core, scale.manifest)
      print(door.rows)
      console.log(`worklist p95 by filter (ms): ${JSON.stringify(door.worklistByFilter)}`)
    }
    if (encrypted && args.only !== 'door') print(await benchAgreement(core, scale.manifest))
  } finally {
    core.close()
  }
}

/**
 * The built database as it is, at whatever schema it was built or last migrated to: the copies
 * are migrated, never the built one, so trying out an unreleased migration cannot make the next
 * `npm run bench` rebuild it (six minutes). Built (by `npm run bench`'s own way) if none is here.
 */
function builtDatabase(): ScaleDatabase {
  const latest = scaleDataDir(CLINIC_SCALE)
  for (let version = LATEST_SCHEMA_VERSION; version >= 1; version--) {
    const dataDir = latest.replace(`-s${LATEST_SCHEMA_VERSION}-`, `-s${version}-`)
    const manifestFile = join(dataDir, 'manifest.json')
    if (!existsSync(manifestFile) || !existsSync(databaseFile(dataDir))) continue
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ScaleManifest
    console.log(`> measuring copies of ${basename(dataDir)}`)
    return { dataDir, file: databaseFile(dataDir), manifest }
  }
  return ensureScaleDatabase()
}

const scale = builtDatabase()
const runDir = join(dirname(scale.dataDir), `run-db-only-${process.pid}`)
try {
  if (args.plain) {
    console.log('\n> without encryption')
    copyDataDir(scale.dataDir, runDir)
    migrateCopy(runDir, false)
    await measure(runDir, scale, false)
  }
  const base = encryptedBase(scale)
  console.log('\n> encrypted')
  copyDataDir(base, runDir)
  migrateCopy(runDir, true)
  await measure(runDir, scale, true)
} finally {
  rmSync(runDir, { recursive: true, force: true })
}
