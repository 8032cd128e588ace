import type { Database } from 'better-sqlite3-multiple-ciphers'
import { assess } from '../../shared/clinical/assess'
import type { Answers } from '../../shared/intake/answers'
import type { DraftValues } from '../../shared/intake/intakeRecord'
import { localToday } from '../../shared/patients/calendarDate'
import type { Patient } from '../../shared/patients/patient'
import { flaggedCauseIds } from '../../shared/review/decisions'
import type { CauseDecision } from '../../shared/review/decisions'
import { createIntakeRepository } from '../intakes/intakeRepository'
import { patientContextAtVisit } from '../../shared/intake/patientContextAtVisit'
import { createReviewRepository } from '../reviews/reviewRepository'
import { DEMO_ANSWER_SETS } from './demoAnswerSets'
import { pick } from './demoPeople'

export interface DemoIntakeCounts {
  drafts: number
  submitted: number
  reviewed: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The first few answers of a set, as a draft holds them (the rest not asked yet). */
function draftValues(answers: Answers): DraftValues {
  const entries = Object.entries(answers).slice(0, 6)
  return Object.fromEntries(
    entries.map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
  ) as DraftValues
}

function demoDecisions(causeIds: readonly string[], random: () => number): CauseDecision[] {
  return causeIds.map((causeId, index) => ({
    causeId: causeId as CauseDecision['causeId'],
    decision: index === 0 ? 'confirm' : random() < 0.5 ? 'open' : 'rule_out',
    note: index === 0 ? 'DEMO: fits the history; examination to confirm.' : '',
  }))
}

/**
 * Gives a demo patient one or two intakes with realistic answer mixes: about a fifth left as
 * drafts, the rest submitted (assessed by the engine, exactly as the app does), and about half of
 * those reviewed and signed off, so a demo database has worklists and summaries to print.
 */
export function seedDemoIntakes(
  db: Database,
  patient: Patient,
  random: () => number,
  now: Date,
  reviewer: { readonly id: number; readonly name: string } | null,
): DemoIntakeCounts {
  const intakes = createIntakeRepository(db)
  const reviews = createReviewRepository(db)
  const counts: DemoIntakeCounts = { drafts: 0, submitted: 0, reviewed: 0 }
  const visits = random() < 0.25 ? 2 : 1
  for (let visit = 0; visit < visits; visit += 1) {
    const daysAgo = Math.floor(random() * 60) + visit * 90
    const visitDate = localToday(new Date(now.getTime() - daysAgo * DAY_MS))
    const at = new Date(now.getTime() - daysAgo * DAY_MS).toISOString()
    const { answers } = pick(random, DEMO_ANSWER_SETS)
    const intake = intakes.start(patient.id, visitDate, at, null)
    const roll = random()
    if (roll < 0.2) {
      intakes.saveDraft(intake.id, intake.version, 'painPattern', draftValues(answers), at)
      counts.drafts += 1
      continue
    }
    const assessment = assess(patientContextAtVisit(patient, visitDate), answers)
    intakes.submit(intake.id, intake.version, {
      answers,
      assessment,
      submittedAt: at,
      submittedBy: null,
    })
    counts.submitted += 1
    if (roll < 0.6) continue
    reviews.signOff(
      intake.id,
      null,
      {
        decisions: demoDecisions(flaggedCauseIds(assessment), random),
        // Demo reviews confirm only causes the engine knows; nothing outside the thirteen.
        otherDiagnoses: [],
        clinicalNote: 'DEMO ONLY. Reviewed for the demonstration database; not a real patient.',
      },
      {
        now: at,
        userId: reviewer?.id ?? null,
        userName: reviewer?.name ?? null,
        engineVersion: assessment.engineVersion,
      },
    )
    counts.reviewed += 1
  }
  return counts
}
