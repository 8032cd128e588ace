// The clinic-scale database: ten years of a busy clinic (100,000 patients, 250,000 intakes),
// written through the app's own repositories so every row, index entry, list column and audit
// entry is exactly what the app would have stored. Built once under bench/data/ and reused
// while the generator and the schema stay the same.
//
// Run on its own: `npx tsx bench/scale/buildDatabase.ts` (builds if missing, prints where).
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  readdirSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { createAuditTrail } from '../../src/main/audit/auditTrail'
import type { AuditEvent } from '../../src/main/audit/auditTrail'
import { hashPassword } from '../../src/main/auth/passwordHash'
import { createUserRepository } from '../../src/main/auth/userRepository'
import { databaseFile } from '../../src/main/dataDir'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations/index'
import { LATEST_SCHEMA_VERSION, openDatabase } from '../../src/main/db/openDatabase'
import { variedDemoAnswers } from '../../src/main/demo/demoAnswerVariation'
import type { InstallationKeys } from '../../src/main/storage/installationKeys'
import { loadOrCreateKeyFile } from '../../src/main/storage/keyFile'
import { seededRandom } from '../../src/shared/seededRandom'
import { createIntakeRepository } from '../../src/main/intakes/intakeRepository'
import { patientContextAtVisit } from '../../src/shared/intake/patientContextAtVisit'
import { createPatientRepository } from '../../src/main/patients/patientRepository'
import { createReviewRepository } from '../../src/main/reviews/reviewRepository'
import { assess } from '../../src/shared/clinical/assess'
import type { Role } from '../../src/shared/contract/roles'
import { DraftValuesSchema } from '../../src/shared/intake/intakeRecord'
import type { Patient } from '../../src/shared/patients/patient'
import { flaggedCauseIds } from '../../src/shared/review/decisions'
import type { CauseDecision } from '../../src/shared/review/decisions'
import { syntheticPatient } from './syntheticPatients'

/**
 * Bump whenever what the generator writes changes (mixes, shares, dates, staff), so an old
 * database is rebuilt rather than measured as if it were the new one.
 */
export const GENERATOR_VERSION = 2

export interface ScaleSize {
  readonly patients: number
  readonly intakes: number
}

export const CLINIC_SCALE: ScaleSize = { patients: 100_000, intakes: 250_000 }

/** Staff accounts of the synthetic clinic; the benchmark signs in as them through the door. */
export const BENCH_STAFF: Readonly<Record<'front_desk' | 'clinician', string>> = {
  front_desk: 'bench-front-desk',
  clinician: 'bench-clinician',
}
/** Known to everyone on purpose: this database holds invented people only. */
export const BENCH_PASSWORD = 'bench-password-not-secret'

/** The last day of the ten years; fixed, so every machine builds the same database. */
const LAST_DAY = Date.UTC(2026, 9, 30)
const YEARS = 10
const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000
const VISITS_PER_TRANSACTION = 5_000

/** Drafts never submitted (abandoned, or still being typed). */
const DRAFT_SHARE = 0.02
/**
 * How likely a clinician has signed an intake off, by its most urgent flag: emergencies and
 * urgent ones nearly always, routine ones about half the time (about half of all intakes in
 * all); the rest wait in the queue. The last two weeks have had less time: half as likely.
 */
const SIGNED_BY_URGENCY: Readonly<Record<string, number>> = {
  emergency: 0.98,
  urgent: 0.9,
  soon: 0.45,
  none: 0.3,
}
const RECENT_DAYS = 14
/** Of the rest, how many a clinician has started but not signed. */
const IN_PROGRESS_SHARE = 0.02

export interface ScaleManifest {
  readonly generatorVersion: number
  readonly schemaVersion: number
  readonly size: ScaleSize
  readonly counts: {
    readonly patients: number
    readonly drafts: number
    readonly submitted: number
    readonly signed: number
    readonly reviewsInProgress: number
    readonly auditEntries: number
  }
  /** First and last visit day (YYYY-MM-DD). */
  readonly firstDay: string
  readonly lastDay: string
  readonly buildSeconds: number
  readonly bytes: number
}

export interface ScaleDatabase {
  readonly dataDir: string
  readonly file: string
  readonly manifest: ScaleManifest
}

const BENCH_DATA_ROOT = resolve(fileURLToPath(new URL('../data', import.meta.url)))

/** Where a database of this size, generator and schema lives; the name is the match key. */
export function scaleDataDir(size: ScaleSize, root = BENCH_DATA_ROOT): string {
  return join(
    root,
    `clinic-scale-g${GENERATOR_VERSION}-s${LATEST_SCHEMA_VERSION}-${size.patients}p-${size.intakes}i`,
  )
}

function readManifest(dataDir: string): ScaleManifest | null {
  const file = join(dataDir, 'manifest.json')
  if (!existsSync(file) || !existsSync(databaseFile(dataDir))) return null
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as ScaleManifest
  const matches =
    manifest.generatorVersion === GENERATOR_VERSION &&
    manifest.schemaVersion === LATEST_SCHEMA_VERSION
  return matches ? manifest : null
}

/** Every table, index and trigger with its SQL, as `name: sql` lines in name order. */
function schemaOf(db: Database): string[] {
  return db
    .prepare<[], { name: string; sql: string | null }>(
      "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((object) => `${object.name}: ${(object.sql ?? '').replace(/\s+/g, ' ')}`)
}

/**
 * What differs between the database's schema and the one this build's migrations make, or
 * null: a migration edited while still unreleased keeps its number, so the version alone can
 * leave an old database looking current.
 */
function schemaDrift(dataDir: string): string | null {
  const fresh = new BetterSqlite3(':memory:')
  const built = new BetterSqlite3(databaseFile(dataDir), { readonly: true })
  try {
    migrate(fresh, MIGRATIONS)
    const expected = new Set(schemaOf(fresh))
    const actual = new Set(schemaOf(built))
    const differing = [...expected, ...actual].filter(
      (line) => !(expected.has(line) && actual.has(line)),
    )
    return differing.length === 0 ? null : (differing[0]?.split(':')[0] ?? 'schema')
  } finally {
    fresh.close()
    built.close()
  }
}

/**
 * The same generator's database at an older schema, if one is here: migrating it is what a
 * clinic's database goes through on an upgrade, and takes seconds instead of a rebuild.
 */
function olderSchema(size: ScaleSize): { dataDir: string; manifest: ScaleManifest } | null {
  for (let version = LATEST_SCHEMA_VERSION - 1; version >= 1; version--) {
    const dataDir = scaleDataDir(size).replace(`-s${LATEST_SCHEMA_VERSION}-`, `-s${version}-`)
    const file = join(dataDir, 'manifest.json')
    if (!existsSync(file) || !existsSync(databaseFile(dataDir))) continue
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as ScaleManifest
    if (manifest.generatorVersion === GENERATOR_VERSION) return { dataDir, manifest }
  }
  return null
}

function upgrade(size: ScaleSize, older: { dataDir: string; manifest: ScaleManifest }): void {
  const dataDir = scaleDataDir(size)
  console.log(
    `Migrating the synthetic database from schema v${older.manifest.schemaVersion} to v${LATEST_SCHEMA_VERSION}`,
  )
  const started = performance.now()
  // Straight through the migrations, without the app's safety copy: this data is invented.
  const db = new BetterSqlite3(databaseFile(older.dataDir))
  try {
    db.pragma('journal_mode = WAL')
    migrate(db, MIGRATIONS)
  } finally {
    db.close()
  }
  const manifest: ScaleManifest = { ...older.manifest, schemaVersion: LATEST_SCHEMA_VERSION }
  writeFileSync(join(older.dataDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  rmSync(dataDir, { recursive: true, force: true })
  renameSync(older.dataDir, dataDir)
  console.log(`Migrated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${dataDir}`)
}

/**
 * The database of this size: reused when built by this generator for this schema, migrated
 * when built by this generator for an older schema, built otherwise. The build runs in a child
 * process so its memory does not count as the benchmark's (the bench reports the app's peak).
 */
export function ensureScaleDatabase(size: ScaleSize = CLINIC_SCALE): ScaleDatabase {
  const dataDir = scaleDataDir(size)
  let manifest = readManifest(dataDir)
  const drift = manifest ? schemaDrift(dataDir) : null
  if (drift) {
    console.log(
      `The synthetic database's schema differs from the migrations here (${drift}): rebuilding`,
    )
    rmSync(dataDir, { recursive: true, force: true })
    manifest = null
  }
  const older = manifest ? null : olderSchema(size)
  if (manifest) {
    console.log(`Reusing the synthetic database in ${dataDir}`)
  } else if (older) {
    upgrade(size, older)
    manifest = readManifest(dataDir)
  } else {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        String(size.patients),
        String(size.intakes),
      ],
      { stdio: 'inherit' },
    )
    if (child.status !== 0) throw new Error('building the synthetic database failed')
    manifest = readManifest(dataDir)
  }
  if (!manifest) throw new Error(`no usable synthetic database in ${dataDir}`)
  removeSuperseded(size)
  return { dataDir, file: databaseFile(dataDir), manifest }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Deletes databases of this size left by other generator or schema versions (about 2 GB each),
 * and builds that were interrupted, so bench/data holds one database per size.
 */
function removeSuperseded(size: ScaleSize): void {
  const current = scaleDataDir(size)
  const root = dirname(current)
  const sameSize = new RegExp(
    `^clinic-scale-g\\d+-s\\d+-${size.patients}p-${size.intakes}i(\\.partial-(\\d+))?$`,
  )
  for (const name of readdirSync(root)) {
    const match = sameSize.exec(name)
    const dir = join(root, name)
    if (!match || dir === current) continue
    const builder = match[2] ? Number(match[2]) : null
    if (builder !== null && isRunning(builder)) continue
    console.log(`Removing a superseded synthetic database: ${name}`)
    rmSync(dir, { recursive: true, force: true })
  }
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/**
 * Visit times over the ten years, oldest first: weekdays only, 08:00 to 18:00, about the same
 * number each clinic day.
 */
function visitTimes(count: number, random: () => number): number[] {
  const firstDay = LAST_DAY - YEARS * 365 * DAY_MS
  const days: number[] = []
  for (let day = firstDay; day <= LAST_DAY; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay()
    if (weekday !== 0 && weekday !== 6) days.push(day)
  }
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const day = days[Math.floor((i * days.length) / count)] as number
    times.push(day + 8 * HOUR_MS + random() * 10 * HOUR_MS)
  }
  return times.sort((a, b) => a - b)
}

/** A clinician's decisions on every flagged cause, as sign-off requires. */
function decisionsFor(causeIds: readonly string[], random: () => number): CauseDecision[] {
  return causeIds.map((causeId, index) => ({
    causeId: causeId as CauseDecision['causeId'],
    decision: index === 0 ? 'confirm' : random() < 0.5 ? 'open' : 'rule_out',
    note: index === 0 && random() < 0.3 ? 'Fits the history; examination agrees.' : '',
  }))
}

interface Staff {
  readonly id: number
  readonly username: string
  readonly displayName: string
}

async function createStaff(db: Database, at: string): Promise<Record<Role, Staff[]>> {
  const users = createUserRepository(db)
  const passwordHash = await hashPassword(BENCH_PASSWORD)
  const make = (username: string, displayName: string, role: Role): Staff => {
    // Synthetic staff who sign in and work at once, as if each had chosen their own password.
    const user = users.create(
      { username, displayName, role, passwordHash, mustChangePassword: false },
      at,
    )
    return { id: user.id, username: user.username, displayName: user.displayName }
  }
  return {
    admin: [make('bench-admin', 'Bench Administrator', 'admin')],
    front_desk: [
      make(BENCH_STAFF.front_desk, 'Bench Front Desk', 'front_desk'),
      make('bench-front-desk-2', 'Bench Front Desk Two', 'front_desk'),
      make('bench-front-desk-3', 'Bench Front Desk Three', 'front_desk'),
    ],
    clinician: [
      make(BENCH_STAFF.clinician, 'Bench Clinician', 'clinician'),
      make('bench-clinician-2', 'Bench Clinician Two', 'clinician'),
      make('bench-clinician-3', 'Bench Clinician Three', 'clinician'),
    ],
  }
}

/**
 * Fills an empty, migrated database. Returns its counts. Every write goes through the
 * repositories the app uses, with the audit entries the one door would have written for the
 * same calls (create, autosaves, submit, the clinician's view and signature).
 */
async function fill(
  db: Database,
  keys: InstallationKeys,
  size: ScaleSize,
  progress: (done: number) => void,
) {
  const random = seededRandom(20_261_030)
  const patients = createPatientRepository(db)
  const intakes = createIntakeRepository(db)
  const reviews = createReviewRepository(db)
  let clock = new Date(LAST_DAY - YEARS * 365 * DAY_MS)
  const audit = createAuditTrail(db, () => clock, { key: keys.audit })
  const staff = await createStaff(db, clock.toISOString())
  const counts = { patients: 0, drafts: 0, submitted: 0, signed: 0, reviewsInProgress: 0 }

  const times = visitTimes(size.intakes, random)
  const seen: Patient[] = []
  let auditEntries = 0
  const record = (by: Staff, event: Omit<AuditEvent, 'user' | 'shell' | 'outcome'>) => {
    audit.append({ user: by, shell: 'desktop', outcome: 'ok', ...event })
    auditEntries += 1
  }

  const visit = (index: number) => {
    const at = times[index] as number
    clock = new Date(at)
    const iso = clock.toISOString()
    const visitDate = isoDay(at)
    const desk = staff.front_desk[index % staff.front_desk.length] as Staff
    const clinician = staff.clinician[index % staff.clinician.length] as Staff

    // Exactly size.patients first visits, spread over the years; returning patients are mostly
    // recent ones (an episode of care), sometimes someone from years ago.
    let patient: Patient
    const newLeft = size.patients - seen.length
    if (seen.length === 0 || random() < newLeft / (size.intakes - index)) {
      patient = patients.create(syntheticPatient(seen.length, random), iso)
      seen.push(patient)
      counts.patients += 1
      record(desk, {
        action: 'create',
        channel: 'patients.create',
        entityType: 'patient',
        entityId: patient.id,
        patientId: patient.id,
      })
    } else {
      const recent = Math.floor(seen.length * (1 - random() ** 3))
      patient = seen[Math.min(seen.length - 1, recent)] as Patient
    }

    const answers = variedDemoAnswers(random)
    const ref = (id: number) => ({ entityType: 'intake', entityId: id, patientId: patient.id })
    const started = intakes.start(patient.id, visitDate, iso, desk.id)
    record(desk, { action: 'create', channel: 'intakes.start', ...ref(started.id) })
    // The form's last autosave holds everything typed, as the app keeps it beside the answers.
    const saved = intakes.saveDraft(
      started.id,
      started.version,
      'review',
      DraftValuesSchema.parse(answers),
      iso,
    )
    record(desk, { action: 'update', channel: 'intakes.saveDraft', ...ref(started.id) })

    const roll = random()
    if (roll < DRAFT_SHARE) {
      counts.drafts += 1
      return
    }
    const assessment = assess(patientContextAtVisit(patient, visitDate), answers)
    intakes.submit(started.id, saved.version, {
      answers,
      assessment,
      submittedAt: iso,
      submittedBy: desk.id,
    })
    record(desk, { action: 'update', channel: 'intakes.submit', ...ref(started.id) })
    counts.submitted += 1

    const recent = LAST_DAY - at < RECENT_DAYS * DAY_MS
    const signChance = (SIGNED_BY_URGENCY[assessment.highestUrgency] ?? 0.5) * (recent ? 0.5 : 1)
    const reviewed = random() < signChance
    const inProgress = !reviewed && random() < IN_PROGRESS_SHARE
    if (!reviewed && !inProgress) return
    // The clinician gets to it within the next two days.
    clock = new Date(at + random() * 48 * HOUR_MS)
    record(clinician, { action: 'view', channel: 'reviews.get', ...ref(started.id) })
    const content = {
      decisions: decisionsFor(flaggedCauseIds(assessment), random),
      clinicalNote: random() < 0.5 ? 'Examined; plan discussed with the patient.' : '',
      otherDiagnoses: [],
    }
    const stamp = {
      now: clock.toISOString(),
      userId: clinician.id,
      userName: clinician.displayName,
      engineVersion: assessment.engineVersion,
    }
    if (reviewed) {
      reviews.signOff(started.id, null, content, stamp)
      record(clinician, { action: 'sign', channel: 'reviews.signOff', ...ref(started.id) })
      counts.signed += 1
    } else {
      reviews.saveDraft(started.id, null, content, stamp)
      record(clinician, { action: 'update', channel: 'reviews.saveDraft', ...ref(started.id) })
      counts.reviewsInProgress += 1
    }
  }

  for (let start = 0; start < size.intakes; start += VISITS_PER_TRANSACTION) {
    db.transaction(() => {
      for (let i = start; i < Math.min(size.intakes, start + VISITS_PER_TRANSACTION); i++) visit(i)
    })()
    progress(Math.min(size.intakes, start + VISITS_PER_TRANSACTION))
  }
  // Patients registered but never seen for an intake (only when there are more than visits).
  db.transaction(() => {
    while (seen.length < size.patients) {
      seen.push(patients.create(syntheticPatient(seen.length, random), clock.toISOString()))
      counts.patients += 1
    }
  })()
  return {
    ...counts,
    auditEntries,
    firstDay: isoDay(times[0] ?? LAST_DAY),
    lastDay: isoDay(LAST_DAY),
  }
}

/** Builds into a side folder and moves it in place only when complete. */
export async function buildScaleDatabase(size: ScaleSize): Promise<ScaleManifest> {
  const dataDir = scaleDataDir(size)
  const partial = `${dataDir}.partial-${process.pid}`
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial, { recursive: true })
  const started = performance.now()
  console.log(
    `Building a synthetic database: ${size.patients.toLocaleString('en-US')} patients, ` +
      `${size.intakes.toLocaleString('en-US')} intakes (once; reused by later runs)`,
  )
  // The data folder's own key file (copied with the database to every working copy): it keys the
  // audit chain now, and the database when the run converts it.
  const keys = loadOrCreateKeyFile(partial)
  // Plaintext, as every installation before encryption has it: the run measures it as it is,
  // then converts its working copy (the one-time upgrade) and measures it encrypted.
  const db = openDatabase({
    file: databaseFile(partial),
    keys,
    benchmarkWithoutEncryption: true,
  })
  let filled: Awaited<ReturnType<typeof fill>>
  try {
    // The build is one-off and restartable (it writes to a side folder), so it need not wait for
    // the disk, keep a rollback journal on disk, or share the file; a large page cache keeps the
    // indexes it updates at random (patients, intakes by patient) in memory.
    db.pragma('journal_mode = MEMORY')
    db.pragma('synchronous = OFF')
    db.pragma('locking_mode = EXCLUSIVE')
    db.pragma(`cache_size = ${process.env.BENCH_BUILD_CACHE ?? -512_000}`)
    let lastPrint = 0
    filled = await fill(db, keys, size, (done) => {
      const seconds = (performance.now() - started) / 1000
      if (done === size.intakes || seconds - lastPrint >= 5) {
        lastPrint = seconds
        const percent = Math.round((done / size.intakes) * 100)
        console.log(
          `  ${done.toLocaleString('en-US')} / ${size.intakes.toLocaleString('en-US')} intakes (${percent}%), ${seconds.toFixed(0)} s`,
        )
      }
    })
    // Back to the app's journal mode (it is stored in the file), as the app would find it.
    db.pragma('locking_mode = NORMAL')
    db.pragma('journal_mode = WAL')
  } finally {
    db.close()
  }
  const { firstDay, lastDay, ...counts } = filled
  const manifest: ScaleManifest = {
    generatorVersion: GENERATOR_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    size,
    counts,
    firstDay,
    lastDay,
    buildSeconds: Math.round((performance.now() - started) / 100) / 10,
    bytes: statSync(databaseFile(partial)).size,
  }
  writeFileSync(join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  rmSync(dataDir, { recursive: true, force: true })
  renameSync(partial, dataDir)
  console.log(`Built in ${manifest.buildSeconds} s: ${dataDir}`)
  return manifest
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [patients, intakes] = process.argv.slice(2).map(Number)
  const size = patients && intakes ? { patients, intakes } : CLINIC_SCALE
  if (!readManifest(scaleDataDir(size))) await buildScaleDatabase(size)
  else console.log(`Already built: ${scaleDataDir(size)}`)
}
