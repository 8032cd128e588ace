// What staff wait for at clinic scale, measured through the one door on the big database:
// submitting an intake, the clinician's worklist, patient search and opening a review.
import type { Core } from '../../src/main/core'
import { variedDemoAnswers } from '../../src/main/demo/demoAnswerVariation'
import { seededRandom } from '../../src/shared/seededRandom'
import { createIntakeRepository } from '../../src/main/intakes/intakeRepository'
import { DraftValuesSchema } from '../../src/shared/intake/intakeRecord'
import type { Answers } from '../../src/shared/intake/answers'
import { withScreeningRecorded } from '../../tests/support/screening'
import { foldForSearch } from '../../src/shared/patients/foldForSearch'
import { localToday } from '../../src/shared/patients/calendarDate'
import type { WorklistQueryInput } from '../../src/shared/review/worklist'
import type { BenchRow } from '../support/benchRow'
import { percentile, roundMs, sampleEach, summarize, timeEach } from '../support/stats'
import type { Timings } from '../support/stats'
import { BENCH_STAFF } from './buildDatabase'
import type { ScaleManifest } from './buildDatabase'
import { signedInDoor } from './door'

const SUBMITS = 500
const SUBMIT_WARM_UP = 50
const WORKLIST_RUNS = 150
const FILTERED_RUNS_EACH = 12
const SEARCHES = 300
const REVIEW_OPENS = 200

interface SampledPatient {
  id: number
  given_name: string
  family_name: string
  date_of_birth: string
  record_number: string
}

/** The day `days` before `day` (YYYY-MM-DD), as a calendar day. */
function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

/** Random existing patients (bench-only SQL: the ids run 1..n in a freshly built database). */
function samplePatients(core: Core, count: number, random: () => number, total: number) {
  const byId = core.db.prepare<[number], SampledPatient>(
    'SELECT id, given_name, family_name, date_of_birth, record_number FROM patients WHERE id = ?',
  )
  const found: SampledPatient[] = []
  while (found.length < count) {
    const row = byId.get(1 + Math.floor(random() * total))
    if (row) found.push(row)
  }
  return found
}

/** Random submitted or reviewed intakes, looked up by id (ids run 1..n in a built database). */
function pickSubmittedIntakes(
  core: Core,
  count: number,
  random: () => number,
  manifest: ScaleManifest,
): number[] {
  const statusOf = core.db.prepare<[number], { status: string }>(
    'SELECT status FROM intakes WHERE id = ?',
  )
  const total = manifest.size.intakes
  const ids: number[] = []
  while (ids.length < count) {
    const id = 1 + Math.floor(random() * total)
    const status = statusOf.get(id)?.status
    if (status === 'submitted' || status === 'reviewed') ids.push(id)
  }
  return ids
}

/** What staff would type to find someone: the first 2 to 4 letters of a given or family name. */
function namePrefixes(patients: readonly SampledPatient[], random: () => number): string[] {
  return patients.map((patient, i) => {
    const name = random() < 0.5 ? patient.given_name : patient.family_name
    return foldForSearch(name).slice(0, 2 + (i % 3))
  })
}

/** Drafts ready to submit, each with a full set of answers, made in one transaction. */
function prepareDrafts(core: Core, patientIds: readonly number[], random: () => number) {
  const intakes = createIntakeRepository(core.db)
  const now = new Date().toISOString()
  const today = localToday()
  return core.db.transaction(() =>
    patientIds.map((patientId) => {
      // As the form now requires: the four screening questions dealt with before submit.
      const answers: Answers = withScreeningRecorded(variedDemoAnswers(random))
      const started = intakes.start(patientId, today, now, null)
      const values = DraftValuesSchema.parse(answers)
      const saved = intakes.saveDraft(started.id, started.version, 'review', values, now)
      return { id: started.id, version: saved.version, answers }
    }),
  )()
}

function timingRows(
  id: string,
  label: string,
  timings: Timings,
  stats: ('median' | 'p95' | 'p99')[],
) {
  return stats.map((stat) => ({
    id: `${id}.${stat}`,
    label: `${label} (${stat})`,
    value: roundMs(timings[stat]),
    unit: 'ms',
  }))
}

export interface DoorBenchResult {
  readonly rows: BenchRow[]
  /** The worklist's p95 per filter, to find the slow one when the target is missed. */
  readonly worklistByFilter: Record<string, number>
  readonly searchByPrefixLength: Record<string, number>
}

export async function benchDoor(core: Core, manifest: ScaleManifest): Promise<DoorBenchResult> {
  const random = seededRandom(8)
  const desk = await signedInDoor(core, BENCH_STAFF.front_desk)
  const clinician = await signedInDoor(core, BENCH_STAFF.clinician)
  const sampled = samplePatients(core, SUBMITS + SUBMIT_WARM_UP, random, manifest.counts.patients)
  const rows: BenchRow[] = []

  // Submit: validate, assess, write, audit, on drafts made beforehand (as the form leaves them).
  const drafts = prepareDrafts(
    core,
    sampled.slice(0, SUBMITS + SUBMIT_WARM_UP).map((p) => p.id),
    random,
  )
  const draftAt = (i: number) =>
    drafts[i < 0 ? -1 - i : SUBMIT_WARM_UP + i] as (typeof drafts)[number]
  const submit = await timeEach(SUBMITS, (i) => desk('intakes.submit', draftAt(i)), SUBMIT_WARM_UP)
  rows.push(
    ...timingRows('submit', 'submit an intake (validate, assess, write, audit)', submit, [
      'median',
      'p99',
    ]),
  )

  // The worklist's first page: the clinician's default screen, each tab, then with filters.
  const awaiting = await timeEach(WORKLIST_RUNS, () =>
    clinician('reviews.worklist', { status: 'awaiting' }),
  )
  rows.push(
    ...timingRows('worklist.awaiting', 'worklist first page, awaiting, no filter', awaiting, [
      'median',
      'p95',
    ]),
  )
  const tabs = ['awaiting', 'reviewed', 'all'] as const
  const everyTab = await timeEach(WORKLIST_RUNS, (i) =>
    clinician('reviews.worklist', { status: tabs[Math.abs(i) % tabs.length] }),
  )
  rows.push(
    ...timingRows('worklist.tabs', 'worklist first page, each tab, no filter', everyTab, [
      'median',
      'p95',
    ]),
  )

  const last = manifest.lastDay
  const someone = sampled[0] as SampledPatient
  const prefixes = namePrefixes(sampled, random)
  const filters: Record<string, WorklistQueryInput> = {
    'red flag, rare': { redFlag: 'cauda_equina' },
    'red flag, common': { redFlag: 'persistent_or_severe' },
    'likely cause, common': { likelyCause: 'sciatica' },
    'likely cause, rare': { likelyCause: 'infection' },
    'submitted last 7 days': { from: daysBefore(last, 6), to: last },
    'submitted a week 5 years ago': {
      from: daysBefore(last, 5 * 365 + 6),
      to: daysBefore(last, 5 * 365),
    },
    'submitted since 30 days ago': { from: daysBefore(last, 30) },
    'visit month 3 years ago': {
      dateField: 'visit',
      from: daysBefore(last, 3 * 365 + 30),
      to: daysBefore(last, 3 * 365),
    },
    'patient name prefix': { patientQuery: prefixes[1] ?? 'ba' },
    'patient date of birth': { patientQuery: someone.date_of_birth },
    'patient record number': { patientQuery: someone.record_number },
    'red flag + dates + name': {
      redFlag: 'persistent_or_severe',
      from: daysBefore(last, 365),
      to: last,
      patientQuery: prefixes[2] ?? 'ke',
    },
  }
  const filterSamples: number[] = []
  const worklistByFilter: Record<string, number> = {}
  for (const [name, filter] of Object.entries(filters)) {
    const samples: number[] = []
    for (const status of tabs) {
      const query = { ...filter, status }
      samples.push(
        ...(await sampleEach(FILTERED_RUNS_EACH, () => clinician('reviews.worklist', query), 2)),
      )
    }
    worklistByFilter[name] = roundMs(percentile(samples, 95))
    filterSamples.push(...samples)
  }
  rows.push(
    {
      id: 'worklist.filtered.median',
      label: `worklist first page with filters, ${Object.keys(filters).length} kinds x 3 tabs (median)`,
      value: roundMs(percentile(filterSamples, 50)),
      unit: 'ms',
    },
    {
      id: 'worklist.filtered.p95',
      label: `worklist first page with filters, ${Object.keys(filters).length} kinds x 3 tabs (p95)`,
      value: roundMs(percentile(filterSamples, 95)),
      unit: 'ms',
    },
  )

  // Patient search as the front desk types it: 2 to 4 letters of a name.
  const prefixAt = (i: number) => prefixes[(i + prefixes.length) % prefixes.length] as string
  const searchSamples = await sampleEach(SEARCHES, (i) =>
    desk('patients.search', { query: prefixAt(i) }),
  )
  rows.push(
    ...timingRows(
      'search',
      'patient search, name prefix of 2-4 letters',
      summarize(searchSamples),
      ['median', 'p95'],
    ),
  )
  const searchByPrefixLength: Record<string, number> = {}
  for (const length of [2, 3, 4]) {
    const ofLength = searchSamples.filter((_, i) => prefixAt(i).length === length)
    if (ofLength.length > 0)
      searchByPrefixLength[`${length} letters`] = roundMs(percentile(ofLength, 95))
  }

  // Opening an intake for review: what the review screen asks for (the intake with its
  // assessment, patient and review, then the patient's history).
  const reviewable = pickSubmittedIntakes(core, REVIEW_OPENS + 50, random, manifest)
  const reviewAt = (i: number) => reviewable[(i + reviewable.length) % reviewable.length] as number
  const reviewOpen = await timeEach(REVIEW_OPENS, async (i) => {
    const screen = await clinician('reviews.get', { intakeId: reviewAt(i) })
    await clinician('intakes.historyForPatient', { patientId: screen.patient.id })
  })
  rows.push(
    ...timingRows('reviewOpen', 'open an intake for review (intake + history)', reviewOpen, [
      'median',
      'p95',
    ]),
  )

  return { rows, worklistByFilter, searchByPrefixLength }
}
