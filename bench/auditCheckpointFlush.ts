// Submit latency through the one door with and without the audit checkpoint file's per-call
// flush, on a small seeded database (not the 1.9 GB scale database): does the flush dominate?
//
//   npx tsx bench/auditCheckpointFlush.ts [--submits 600] [--rounds 6]
//
// The ways alternate in rounds on the same core, so load from anything else on the machine
// falls on all alike. Prints p50/p99 of each, and of each way of writing the file alone.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createSealStore } from '../src/main/audit/auditSealStore'
import {
  checkpointFileOf,
  openCheckpointWriter,
  writeCheckpointFile,
} from '../src/main/audit/checkpointFile'
import { openCore } from '../src/main/core'
import type { Core } from '../src/main/core'
import { variedDemoAnswers } from '../src/main/demo/demoAnswerVariation'
import { createIntakeRepository } from '../src/main/intakes/intakeRepository'
import { silentLogger } from '../src/main/log'
import type { Answers } from '../src/shared/intake/answers'
import { DraftValuesSchema } from '../src/shared/intake/intakeRecord'
import { localToday } from '../src/shared/patients/calendarDate'
import { seededRandom } from '../src/shared/seededRandom'
import { percentile, roundMs, sampleEach } from './support/stats'

const { values } = parseArgs({
  options: { submits: { type: 'string' }, rounds: { type: 'string' } },
})
const SUBMITS = Number(values.submits ?? 600)
const ROUNDS = Number(values.rounds ?? 6)
const SEEDED_PATIENTS = 500

function seed(core: Core, count: number) {
  const insert = core.db.prepare(
    `INSERT INTO patients (given_name, family_name, date_of_birth, sex, created_at, updated_at)
     VALUES (?, ?, '1960-01-01', 'female', ?, ?) RETURNING id`,
  )
  const now = new Date().toISOString()
  return core.db.transaction(() =>
    Array.from(
      { length: count },
      (_, i) => (insert.get(`Given${i}`, `Family${i}`, now, now) as { id: number }).id,
    ),
  )()
}

/** Red-flag questions a demo set leaves open, answered "no": submit asks for every one. */
const RED_FLAGS_NO = [
  'saddleNumbness',
  'bladderChange',
  'bowelChange',
  'sexualFunctionChange',
  'fever',
  'unexplainedWeightLoss',
  'nightSweats',
  'historyOfCancer',
  'recentInfection',
  'injectionDrugUse',
  'immunosuppressed',
] as const

function answeredRedFlags(answers: Answers): Answers {
  const filled: Record<string, unknown> = { ...answers }
  for (const key of RED_FLAGS_NO) filled[key] ??= false
  return filled as Answers
}

function drafts(core: Core, patientIds: readonly number[], random: () => number) {
  const intakes = createIntakeRepository(core.db)
  const now = new Date().toISOString()
  const today = localToday()
  return core.db.transaction(() =>
    patientIds.map((patientId) => {
      const answers = answeredRedFlags(variedDemoAnswers(random))
      const started = intakes.start(patientId, today, now, null)
      const saved = intakes.saveDraft(
        started.id,
        started.version,
        'review',
        DraftValuesSchema.parse(answers),
        now,
      )
      return { id: started.id, version: saved.version, answers }
    }),
  )()
}

function signedInDesk(core: Core) {
  const now = new Date().toISOString()
  const { id } = core.db
    .prepare(
      `INSERT INTO users (username, display_name, role, password_hash, password_changed_at,
         created_at, updated_at)
       VALUES ('bench-desk', 'Bench Desk', 'front_desk', 'bench:no-password', ?, ?, ?) RETURNING id`,
    )
    .get(now, now, now) as { id: number }
  core.sessions.signIn('bench-desk', id)
  return { shell: 'desktop', sessionKey: 'bench-desk' } as const
}

function figures(samples: readonly number[]) {
  return { p50: roundMs(percentile(samples, 50)), p99: roundMs(percentile(samples, 99)) }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'clinic-intake-bench-flush-'))
  const core = openCore({ dataDir, log: silentLogger })
  try {
    const random = seededRandom(11)
    const patients = seed(core, SEEDED_PATIENTS)
    const caller = signedInDesk(core)
    const perRound = Math.ceil(SUBMITS / ROUNDS)
    const ready = drafts(
      core,
      Array.from(
        { length: perRound * ROUNDS * 3 + 100 },
        (_, i) => patients[i % patients.length] as number,
      ),
      random,
    )
    let next = 0
    const submit = async () => {
      const draft = ready[next++]
      if (!draft) throw new Error('out of drafts')
      const result = await core.dispatch('intakes.submit', draft, caller)
      if (!result.ok)
        throw new Error(`submit failed: ${JSON.stringify(result.error).slice(0, 300)}`)
    }
    const flush = core.audit.flushCheckpoint.bind(core.audit)
    const seals = createSealStore(core.db)
    const file = checkpointFileOf(core.db.name)
    // How every call flushed before: a temporary file renamed over the checkpoint file.
    const byRename = () => {
      const committed = seals.get('checkpoint')
      if (committed) writeCheckpointFile(file, committed)
    }
    const ways = {
      'submit, checkpoint written in place after every call (the app)': flush,
      'submit, checkpoint file renamed over after every call (before)': byRename,
      'submit, no checkpoint file at all (floor)': () => {},
    }
    const samples = new Map<string, number[]>(Object.keys(ways).map((name) => [name, []]))
    await sampleEach(50, submit, 0) // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, way] of Object.entries(ways)) {
        core.audit.flushCheckpoint = way
        samples.get(name)?.push(...(await sampleEach(perRound, submit, 0)))
      }
    }
    core.audit.flushCheckpoint = flush

    // Each way of writing alone, as once per call.
    const seal = seals.get('checkpoint')
    if (!seal) throw new Error('no checkpoint')
    const writer = openCheckpointWriter(file)
    const writes = perRound * ROUNDS
    const rows: Record<string, { p50: number; p99: number }> = {}
    for (const [name, taken] of samples) rows[name] = figures(taken)
    rows['checkpoint write alone, in place'] = figures(
      await sampleEach(writes, () => writer.write(seal), 20),
    )
    rows['checkpoint write alone, by rename'] = figures(
      await sampleEach(writes, () => writeCheckpointFile(file, seal), 20),
    )
    writer.close()
    console.table(rows)
    console.log(
      JSON.stringify({ submitsEach: perRound * ROUNDS, seededPatients: SEEDED_PATIENTS, rows }),
    )
  } finally {
    core.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()
