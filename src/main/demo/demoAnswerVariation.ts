import type { PainSite } from '../../shared/intake/answerOptions'
import { AnswersSchema } from '../../shared/intake/answers'
import { CAUDA_EQUINA_QUESTIONS } from '../../shared/intake/answerOptions'
import type { Answers } from '../../shared/intake/answers'
import { DEMO_ANSWER_SETS } from './demoAnswerSets'
import type { DemoAnswerSet } from './demoAnswerSets'

// Many different intakes from the few demo answer sets: the same presentations a clinic sees
// every day, on the other side, with scores and durations that differ from person to person,
// some questions left unasked, now and then two complaints at once. Used where one demo set per
// intake would be too uniform to be realistic (the clinic-scale benchmark's 250,000 intakes).

/**
 * How often each presentation walks in, relative to the others (common strains and sciatica far
 * more often than a cauda equina syndrome). A set not named here counts once.
 */
const RELATIVE_FREQUENCY: Readonly<Record<string, number>> = {
  'lumbar strain after lifting': 30,
  'disc herniation with sciatica': 22,
  'hip osteoarthritis': 20,
  'trochanteric bursitis': 12,
  'inflammatory back pain': 6,
  'fracture after a fall': 4,
  'spinal infection risk': 3,
  'possible cauda equina syndrome': 3,
}

/** Chance that a question a set answers is left unasked on this intake. */
const SKIP_CHANCE = 0.1
/** Chance that a second presentation's answers overlay a few of the first's. */
const MIX_CHANCE = 0.15
const MIXED_KEYS = 4

const SCALE_KEYS = [
  'painNow',
  'painWorstWeek',
  'painAverageWeek',
  'interferenceEnjoyment',
  'interferenceActivity',
] as const

function weightedPick(random: () => number, sets: readonly DemoAnswerSet[]): DemoAnswerSet {
  const weights = sets.map((set) => RELATIVE_FREQUENCY[set.name] ?? 1)
  let roll = random() * weights.reduce((sum, weight) => sum + weight, 0)
  for (let i = 0; i < sets.length; i++) {
    roll -= weights[i] ?? 0
    if (roll < 0) return sets[i] as DemoAnswerSet
  }
  return sets[sets.length - 1] as DemoAnswerSet
}

function clampScale(value: number): number {
  return Math.min(10, Math.max(0, Math.round(value)))
}

/** The same presentation on the other side: left and right swapped in every sided answer. */
function mirrored(answers: Answers): Answers {
  // Every sided site exists on both sides (PAIN_SITES), so the swapped name is a site too.
  const swap = (site: PainSite): PainSite =>
    site.endsWith('_left')
      ? (`${site.slice(0, -5)}_right` as PainSite)
      : site.endsWith('_right')
        ? (`${site.slice(0, -6)}_left` as PainSite)
        : site
  return answers.painSites ? { ...answers, painSites: answers.painSites.map(swap) } : answers
}

/**
 * One intake's answers, built from a demo set: weighted by how common it is, maybe mirrored,
 * scores moved by up to two points (worst of the week never below now), duration scaled between
 * half and double, about one answer in ten left out, and sometimes a few answers of a second
 * presentation mixed in. Always valid for the answer schema (checked here, so callers can store
 * the result as submitted answers).
 */
export function variedDemoAnswers(random: () => number): Answers {
  const base = weightedPick(random, DEMO_ANSWER_SETS)
  let answers: Record<string, unknown> = {
    ...(random() < 0.5 ? mirrored(base.answers) : base.answers),
  }

  if (random() < MIX_CHANCE) {
    const other = weightedPick(random, DEMO_ANSWER_SETS).answers
    const keys = Object.keys(other)
    for (let i = 0; i < MIXED_KEYS && keys.length > 0; i++) {
      const key = keys.splice(Math.floor(random() * keys.length), 1)[0] as keyof Answers
      answers[key] = other[key]
    }
  }

  for (const key of SCALE_KEYS) {
    const value = answers[key]
    if (typeof value === 'number') answers[key] = clampScale(value + Math.round(random() * 4 - 2))
  }
  if (typeof answers.painNow === 'number' && typeof answers.painWorstWeek === 'number') {
    answers.painWorstWeek = Math.max(answers.painWorstWeek, answers.painNow)
  }
  if (typeof answers.durationWeeks === 'number') {
    answers.durationWeeks = Math.max(0, Math.round(answers.durationWeeks * (0.5 + random() * 1.5)))
  }

  // Pain sites are what the form asks first; everything else may have been skipped, except the
  // cauda equina screening, which the form cannot submit without (the draw is made for those too,
  // so the sequence, and every other demo answer, stays as it was).
  const screening = new Set<string>(CAUDA_EQUINA_QUESTIONS)
  answers = Object.fromEntries(
    Object.entries(answers).filter(
      ([key]) => key === 'painSites' || random() >= SKIP_CHANCE || screening.has(key),
    ),
  )
  return AnswersSchema.parse(answers)
}
