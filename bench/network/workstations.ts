// What the simulated staff do in the stress phase (about 25 times a clinic's call rate; the
// clinic's own pace is clinicPace.ts): the front desk enters intakes (a new
// patient, the intake started, three draft saves as the form fills, the submit), clinicians
// keep the worklist open (a live-updates stream; they re-read the worklist when an intake is
// submitted, after the same short random wait as the app's worklist (liveRefresh.ts), and every
// second or so as people click about), and
// one more paired browser measures the floor: a static file and a trivial public channel over
// the same HTTPS, in the same run. Records timings, errors and event arrivals; never a record's
// contents (the patients are obviously fake in any case).
import { z } from 'zod'
import { variedDemoAnswers } from '../../src/main/demo/demoAnswerVariation'
import type { RpcResult } from '../../src/shared/contract/errors'
import type { Answers } from '../../src/shared/intake/answers'
import { DraftValuesSchema } from '../../src/shared/intake/intakeRecord'
import { liveRefreshDelayMs } from '../../src/shared/events/liveRefresh'
import { unscreenedQuestions } from '../../src/shared/intake/screening'
import { seededRandom } from '../../src/shared/seededRandom'
import { CallFailed } from './workstationClient'
import type { WorkstationClient } from './workstationClient'
import { serialWorklistReader } from './worklistReader'

/** Mean pause between one person's calls (uniform from half to one and a half times it). */
export const DESK_THINK_MS = 200
export const CLINICIAN_THINK_MS = 1000
/**
 * The floor's probe calls more often than a person: at 200 ms it made about 135 of each floor
 * call a minute, so its "p99" was the second-slowest sample; at 50 ms, about 600 (a trivial call
 * each, well under 1% of a core).
 */
export const PROBE_THINK_MS = 50

export const CALL_KINDS = [
  'patients.create',
  'intakes.start',
  'intakes.saveDraft',
  'intakes.submit',
  'reviews.worklist',
  // At a clinic's pace only (clinicPace.ts): the form's load, and a clinician opening a review.
  'intakes.get',
  'reviews.get',
  'intakes.historyForPatient',
  'reviews.saveDraft',
  'floor.static',
  'floor.status',
] as const
export type CallKind = (typeof CALL_KINDS)[number]

export interface Sample {
  readonly kind: CallKind
  readonly startedAt: number
  readonly ms: number
}

/** Everything the run observed, shared by all workstations (one process, one thread). */
export interface LoadRecord {
  readonly samples: Sample[]
  /** Failures by kind and reason, e.g. `intakes.submit: HTTP 503`. */
  readonly errors: Map<string, number>
  /** Intake id to the moment its submit's reply arrived (performance.now()). */
  readonly submitReplies: Map<number, number>
  /** Intake id to the moments its `intake.submitted` event arrived, one per clinician stream. */
  readonly eventArrivals: Map<number, number[]>
}

export function newLoadRecord(): LoadRecord {
  return { samples: [], errors: new Map(), submitReplies: new Map(), eventArrivals: new Map() }
}

export function countError(record: LoadRecord, what: string): void {
  record.errors.set(what, (record.errors.get(what) ?? 0) + 1)
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Times one call; its value when it succeeded, else null with the failure counted. */
export async function timed(
  record: LoadRecord,
  kind: CallKind,
  work: () => Promise<RpcResult<unknown>>,
): Promise<unknown> {
  const startedAt = performance.now()
  try {
    const result = await work()
    const ms = performance.now() - startedAt
    if (!result.ok) {
      // Field names only, never values: enough to tell which rule refused it.
      const fields =
        result.error.kind === 'validation'
          ? ` (${result.error.issues.map((issue) => issue.path.join('.')).join(', ')})`
          : ''
      countError(record, `${kind}: ${result.error.kind}${fields}`)
      return null
    }
    record.samples.push({ kind, startedAt, ms })
    return result.value
  } catch (error) {
    countError(record, `${kind}: ${error instanceof CallFailed ? error.reason : 'exception'}`)
    return null
  }
}

export const IdOnly = z.object({ id: z.int().positive() })
const Started = z.object({ intake: z.object({ id: z.int().positive(), version: z.int() }) })
export const Saved = z.object({ version: z.int().positive() })

export interface RunContext {
  readonly record: LoadRecord
  /** performance.now() after which nobody starts another call. */
  readonly deadline: number
  /** Which workstation: seeds its randomness and names its fake patients. */
  readonly index: number
}

/** As the form requires before a submit: every cauda equina question asked (here: "no"). */
export function screened(answers: Answers): Answers {
  const asked = Object.fromEntries(unscreenedQuestions(answers).map((key) => [key, false]))
  return { ...answers, ...asked }
}

export function thinkTime(random: () => number, meanMs: number): number {
  return meanMs * (0.5 + random())
}

/** Adds an obviously fake patient (the n-th of a workstation), timed as `patients.create`. */
export async function addBenchPatient(
  client: WorkstationClient,
  record: LoadRecord,
  familyName: string,
  n: number,
) {
  return IdOnly.safeParse(
    await timed(record, 'patients.create', () =>
      client.call('patients.create', {
        givenName: 'Bench',
        familyName,
        dateOfBirth: '1970-01-01',
        sex: n % 2 === 0 ? 'female' : 'male',
        recordNumber: `DEMO-${familyName}`,
        phone: null,
      }),
    ),
  )
}

/** Starts an intake for `patientId`, timed as `intakes.start`: its id and version, or null. */
export async function startBenchIntake(
  client: WorkstationClient,
  record: LoadRecord,
  patientId: number,
): Promise<{ id: number; version: number } | null> {
  const started = Started.safeParse(
    await timed(record, 'intakes.start', () => client.call('intakes.start', { patientId })),
  )
  return started.success ? started.data.intake : null
}

/** A front-desk workstation: one intake after another until the deadline. */
export async function runFrontDesk(client: WorkstationClient, context: RunContext) {
  const { record, deadline, index } = context
  const random = seededRandom(1000 + index)
  const think = () => pause(thinkTime(random, DESK_THINK_MS))
  const going = () => performance.now() < deadline
  for (let n = 0; going(); n++) {
    const patient = await addBenchPatient(client, record, `Load-${index}-${n}`, n)
    await think()
    if (!patient.success || !going()) continue
    const started = await startBenchIntake(client, record, patient.data.id)
    if (!started) continue
    const intakeId = started.id
    let version = started.version
    const answers = screened(variedDemoAnswers(random))
    const keys = Object.keys(answers)
    // The form saves as it fills: a third of the answers, two thirds, all of them.
    for (let part = 1; part <= 3 && going(); part++) {
      await think()
      const values = DraftValuesSchema.parse(
        Object.fromEntries(
          keys
            .slice(0, Math.ceil((keys.length * part) / 3))
            .map((key) => [key, answers[key as keyof typeof answers]]),
        ),
      )
      const saved = Saved.safeParse(
        await timed(record, 'intakes.saveDraft', () =>
          client.call('intakes.saveDraft', { id: intakeId, version, step: 'review', values }),
        ),
      )
      if (!saved.success) break
      version = saved.data.version
    }
    await think()
    if (!going()) continue
    const submitted = await timed(record, 'intakes.submit', () =>
      client.call('intakes.submit', { id: intakeId, version, answers }),
    )
    if (submitted !== null) record.submitReplies.set(intakeId, performance.now())
    await think()
  }
}

/**
 * A clinician's workstation: its stream is already open (see `holdWorklistOpen`); reads the
 * worklist every second or so until the deadline, and when an intake is submitted.
 */
export function holdWorklistOpen(client: WorkstationClient, context: RunContext) {
  const { record } = context
  const spread = seededRandom(4000 + context.index)
  let spreadRead: ReturnType<typeof setTimeout> | undefined
  const worklist = serialWorklistReader(client, record, () => performance.now() < context.deadline)
  return {
    async open(): Promise<void> {
      await client.openEvents((event) => {
        if (event.kind !== 'intake.submitted') return
        const arrivals = record.eventArrivals.get(event.intakeId) ?? []
        arrivals.push(performance.now())
        record.eventArrivals.set(event.intakeId, arrivals)
        // As WorklistView.vue: one read after a random part of the spread, for every change
        // heard meanwhile.
        if (performance.now() >= context.deadline || spreadRead !== undefined) return
        spreadRead = setTimeout(() => {
          spreadRead = undefined
          if (performance.now() < context.deadline) void worklist.read()
        }, liveRefreshDelayMs(spread))
      })
    },
    async run(): Promise<void> {
      const random = seededRandom(2000 + context.index)
      while (performance.now() < context.deadline) {
        await pause(thinkTime(random, CLINICIAN_THINK_MS))
        if (performance.now() < context.deadline) await worklist.read()
      }
      await worklist.done()
    },
  }
}

/** The floor, on one more paired browser (not signed in): a static file and `auth.status`. */
export async function runFloorProbe(client: WorkstationClient, context: RunContext) {
  const { record, deadline } = context
  const random = seededRandom(3000)
  while (performance.now() < deadline) {
    await timed(record, 'floor.static', async () => {
      const reply = await client.get('/index.html')
      if (reply.status !== 200) throw new CallFailed(`HTTP ${reply.status}`)
      return { ok: true, value: null }
    })
    await pause(thinkTime(random, PROBE_THINK_MS))
    await timed(record, 'floor.status', () => client.call('auth.status', {}))
    await pause(thinkTime(random, PROBE_THINK_MS))
  }
}
