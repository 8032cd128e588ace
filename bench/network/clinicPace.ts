// The same twenty workstations at a clinic's pace: what the app's screens call, at the rate people
// work, so the clinic server's figures say what a clinic would see (the stress phase in
// workstations.ts makes about 25 times these calls). Every rate comes from the renderer:
//
// - Front desk, entering an intake (one patient after another, each desk on its own):
//   - every answer, and every move to the next of the form's 11 steps, saves the draft once the
//     form has been quiet 400 ms (features/intake/autosave.ts:37, called on each answer and step
//     move, intakeSessionStore.ts:185, 203, 209); staff answer a question about every 3 s (1.5
//     to 4.5), reading it to the patient or from the paper form, so each answer is one save: 11 to
//     33 answers (median 20, with the four cauda equina questions) and 10 step moves, about 30
//     saves an intake, 1 to 2 minutes;
//   - a new patient first (one `patients.create` when the patient form is saved), the intake
//     started a few seconds later (startIntake.ts:11), and the form loading it (`intakes.get`,
//     intakeSessionStore.ts:144); the submit once the last answer is saved (it flushes the
//     autosave first, intakeSessionStore.ts:231, so it adds no save);
//   - then the next patient comes to the desk about 45 s later (22 to 67 s: greeting, the
//     patient's details typed). About 2.3 minutes a patient, 26 an hour per desk: a busy clinic.
// - Clinician, the worklist open with a live-updates stream:
//   - the open worklist re-reads only when a change to an intake is announced, after a random
//     part of 250 ms (WorklistView.vue:39-50, shared/events/liveRefresh.ts), and when the
//     clinician comes back to it (WorklistView.vue:53);
//   - about every 25 s (12 to 37) the clinician moves on: from the worklist into a review
//     (`reviews.get` and the patient's past intakes, reviewScreen.ts:31, 35), where a decision or
//     a note is saved twice in that time (reviewEditor.ts:160, 600 ms after the last change),
//     then back to the worklist. A worklist not on screen does not re-read.
//
// So a desk makes about one call every 4 s (counting the wait for the next patient) and a
// clinician about one every 7 s: about 4 calls a second for the twenty, some 130 draft saves and
// only 3 to 5 submits in the measured minute (the floor's probe adds its own trivial calls, as in
// the stress phase).
// At the start each desk is at a random point of its cycle (mid-intake, or waiting for the next
// patient), as at mid-morning, so the measured minute is the clinic's steady state.
import { z } from 'zod'
import { variedDemoAnswers } from '../../src/main/demo/demoAnswerVariation'
import type { Answers } from '../../src/shared/intake/answers'
import { DraftValuesSchema } from '../../src/shared/intake/intakeRecord'
import type { DraftValues } from '../../src/shared/intake/intakeRecord'
import { STEP_IDS } from '../../src/shared/intake/questionnaire'
import type { StepId } from '../../src/shared/intake/questionnaire'
import { liveRefreshDelayMs } from '../../src/shared/events/liveRefresh'
import { seededRandom } from '../../src/shared/seededRandom'
import type { WorkstationClient } from './workstationClient'
import { serialWorklistReader } from './worklistReader'
import {
  Saved,
  addBenchPatient,
  pause,
  screened,
  startBenchIntake,
  thinkTime,
  timed,
} from './workstations'
import type { RunContext } from './workstations'

/** Mean time from one answer (or step move) to the next at the front desk: one save each. */
export const CLINIC_ANSWER_MS = 3_000
/** Mean time from one submit to the next patient's record being saved at the same desk. */
export const CLINIC_NEXT_PATIENT_MS = 45_000
/** Mean time from the patient's record to the intake started ("Start intake" clicked). */
const CLINIC_START_MS = 3_000
/** Mean time a clinician stays on the worklist, or in a review, before moving on. */
export const CLINIC_NAVIGATE_MS = 25_000
/** Review saves (a decision or a note, each autosaved) during one stay in a review. */
export const CLINIC_REVIEW_SAVES = 2
/** Unmeasured: the streams open and each workstation takes its place in its cycle. */
export const CLINIC_LEAD_IN_MS = 5_000

const StepCount = STEP_IDS.length

interface Entry {
  readonly step: StepId
  readonly values: DraftValues
}

/**
 * What the form saves as it fills, in order: after each answer (all answers so far), and after
 * each move to the next step (the same answers, the new step).
 */
function entriesOf(answers: Answers): Entry[] {
  const keys = Object.keys(answers)
  const entries: Entry[] = []
  let stepIndex = 0
  for (let count = 1; count <= keys.length; count++) {
    const values = DraftValuesSchema.parse(
      Object.fromEntries(
        keys.slice(0, count).map((key) => [key, answers[key as keyof typeof answers]]),
      ),
    )
    entries.push({ step: STEP_IDS[stepIndex] ?? 'review', values })
    const due = Math.min(StepCount - 1, Math.floor((count * StepCount) / keys.length))
    while (stepIndex < due) {
      stepIndex += 1
      entries.push({ step: STEP_IDS[stepIndex] ?? 'review', values })
    }
  }
  return entries
}

/** A front-desk workstation at a clinic's pace, from a random point of its cycle. */
export async function runDeskAtClinicPace(
  client: WorkstationClient,
  context: RunContext,
): Promise<void> {
  const { record, deadline, index } = context
  const random = seededRandom(5000 + index)
  const going = () => performance.now() < deadline
  for (let n = 0; going(); n++) {
    const answers = screened(variedDemoAnswers(random))
    const entries = entriesOf(answers)
    let done = 0
    if (n === 0) {
      // Where this desk is when the phase begins: waiting for its next patient, or part-way
      // through an intake it started a while ago (taken up, unmeasured, in the lead-in).
      const cycle = CLINIC_NEXT_PATIENT_MS + entries.length * CLINIC_ANSWER_MS
      const at = random() * cycle
      if (at < CLINIC_NEXT_PATIENT_MS) await pause(CLINIC_NEXT_PATIENT_MS - at)
      else {
        done = Math.floor((at - CLINIC_NEXT_PATIENT_MS) / CLINIC_ANSWER_MS)
        await pause(random() * (CLINIC_LEAD_IN_MS - 1_000))
      }
    } else {
      await pause(thinkTime(random, CLINIC_NEXT_PATIENT_MS))
    }
    if (!going()) break
    const patient = await addBenchPatient(client, record, `Clinic-${index}-${n}`, n)
    if (!patient.success) continue
    if (done === 0) await pause(thinkTime(random, CLINIC_START_MS))
    if (!going()) break
    const started = await startBenchIntake(client, record, patient.data.id)
    if (!started) continue
    const intakeId = started.id
    let version = started.version
    await timed(record, 'intakes.get', () => client.call('intakes.get', { id: intakeId }))
    for (const entry of entries.slice(done)) {
      await pause(thinkTime(random, CLINIC_ANSWER_MS))
      if (!going()) break
      const saved = Saved.safeParse(
        await timed(record, 'intakes.saveDraft', () =>
          client.call('intakes.saveDraft', { id: intakeId, version, ...entry }),
        ),
      )
      if (!saved.success) break
      version = saved.data.version
    }
    await pause(thinkTime(random, CLINIC_ANSWER_MS))
    if (!going()) break
    const submitted = await timed(record, 'intakes.submit', () =>
      client.call('intakes.submit', { id: intakeId, version, answers }),
    )
    if (submitted !== null) record.submitReplies.set(intakeId, performance.now())
  }
}

const ReviewOpened = z.object({
  patient: z.object({ id: z.int().positive() }),
  review: z.object({ version: z.int().positive() }).nullable(),
})
const ReviewSaved = z.object({ version: z.int().positive() })

/**
 * A clinician's workstation at a clinic's pace: `open` (in the lead-in) opens its stream and
 * shows the worklist; `run` moves between the worklist and reviews until the deadline.
 */
export function clinicianAtClinicPace(
  client: WorkstationClient,
  context: RunContext & { readonly clinicians: number },
) {
  const { record, deadline, index, clinicians } = context
  const going = () => performance.now() < deadline
  const spread = seededRandom(7000 + index)
  let onWorklist = true
  let shown: number[] = []
  let spreadRead: ReturnType<typeof setTimeout> | undefined
  const worklist = serialWorklistReader(client, record, going, (ids) => (shown = ids))

  /** Opens a review on the worklist, saves in it as the clinician decides, and goes back. */
  async function review(intakeId: number, stayMs: number, n: number): Promise<void> {
    onWorklist = false
    const opened = ReviewOpened.safeParse(
      await timed(record, 'reviews.get', () => client.call('reviews.get', { intakeId })),
    )
    if (opened.success) {
      await timed(record, 'intakes.historyForPatient', () =>
        client.call('intakes.historyForPatient', { patientId: opened.data.patient.id }),
      )
      let version = opened.data.review?.version ?? null
      for (let save = 1; save <= CLINIC_REVIEW_SAVES; save++) {
        await pause(stayMs / (CLINIC_REVIEW_SAVES + 1))
        if (!going()) return
        const saved = ReviewSaved.safeParse(
          await timed(record, 'reviews.saveDraft', () =>
            client.call('reviews.saveDraft', {
              intakeId,
              version,
              decisions: [],
              otherDiagnoses: [],
              clinicalNote: `Bench review note ${n}.${save}`,
            }),
          ),
        )
        if (!saved.success) break
        version = saved.data.version
      }
    }
    await pause(stayMs / (CLINIC_REVIEW_SAVES + 1))
    if (!going()) return
    onWorklist = true
    await worklist.read()
  }

  return {
    async open(): Promise<void> {
      await client.openEvents((event) => {
        if (event.kind === 'intake.submitted') {
          const arrivals = record.eventArrivals.get(event.intakeId) ?? []
          arrivals.push(performance.now())
          record.eventArrivals.set(event.intakeId, arrivals)
        }
        if (!event.kind.startsWith('intake.') || !onWorklist || !going()) return
        if (spreadRead !== undefined) return
        spreadRead = setTimeout(() => {
          spreadRead = undefined
          if (onWorklist && going()) void worklist.read()
        }, liveRefreshDelayMs(spread))
      })
      await worklist.read()
    },
    async run(): Promise<void> {
      const random = seededRandom(6000 + index)
      // Part-way through a stay on the worklist when the phase begins.
      await pause(random() * CLINIC_NAVIGATE_MS)
      for (let n = 0; going(); n++) {
        // Each clinician opens only intakes of their own share, so two never edit one review
        // at once (the app would rightly report that as a conflict).
        const mine = shown.find((id) => id % clinicians === index)
        if (mine !== undefined) await review(mine, thinkTime(random, CLINIC_NAVIGATE_MS), n)
        if (going()) await pause(thinkTime(random, CLINIC_NAVIGATE_MS))
      }
      clearTimeout(spreadRead)
      await worklist.done()
    },
  }
}
