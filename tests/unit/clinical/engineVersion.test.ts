// Guards ENGINE_VERSION: a signed review must never be silently re-scored, so any change to the
// rules or numbers has to come with a new engine version. The fingerprints below cover the
// knowledge base as data (phrases, keys, points, thresholds, caps, groups, flags) and its
// behaviour (the results on a fixed, seeded set of answers). When this test fails after an
// intended change: bump ENGINE_VERSION in src/shared/clinical/assessment.ts and record the new
// version and fingerprints here, in the same change.
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { ENGINE_VERSION } from '../../../src/shared/clinical/assessment'
import { CAUSE_DEFINITIONS, RED_FLAG_DEFINITIONS } from '../../../src/shared/clinical/knowledgeBase'
import {
  BETTER_WITH,
  EFFECT,
  LEG_VS_BACK,
  MORNING_STIFFNESS,
  NIGHT_PAIN,
  NSAID_RESPONSE,
  ONSET,
  ONSET_EVENTS,
  OTHER_JOINTS_SWOLLEN,
  PAIN_QUALITIES,
  PAIN_SITES,
  SEX,
  SIDEDNESS,
  WORSE_WITH,
} from '../../../src/shared/intake/answerOptions'
import { ANSWER_KEYS, AnswersSchema } from '../../../src/shared/intake/answers'
import { PatientContextSchema } from '../../../src/shared/intake/patientContext'
import { loadPublicVignettes } from '../../support/publicVignettes'
import { seededRandom } from '../../../src/shared/seededRandom'

// 1.0.0 was knowledgeBase db3527ac. 1.1.0: hip OA age over 50, night sweats for infection, weight
// loss with night sweats for malignancy, the bilateral_sciatica flag (SPEC section 4).
const RECORDED = {
  engineVersion: '1.1.0',
  knowledgeBase: '088006d2',
  behaviour: 'a5f8b4bc',
}

/** FNV-1a, 32 bit: a stable, dependency-free fingerprint of a string. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

const SCALE = [0, 3, 6, 7, 10]
const BOOL = [true, false]
// Values that sit on and around every threshold, for the keys the engine reads.
const POOLS: Record<string, { many: boolean; values: readonly unknown[] }> = {
  painSites: { many: true, values: PAIN_SITES },
  legPainVsBackPain: { many: false, values: LEG_VS_BACK },
  painQuality: { many: true, values: PAIN_QUALITIES },
  painNow: { many: false, values: SCALE },
  painWorstWeek: { many: false, values: SCALE },
  onset: { many: false, values: ONSET },
  onsetEvent: { many: true, values: ONSET_EVENTS.filter((event) => event !== 'none_known') },
  durationWeeks: { many: false, values: [0, 1, 5.9, 6, 11.9, 12, 30, 104] },
  ageAtFirstBackPain: { many: false, values: [15, 39, 40, 60] },
  morningStiffness: { many: false, values: MORNING_STIFFNESS },
  nightPain: { many: false, values: NIGHT_PAIN },
  effectOfExercise: { many: false, values: EFFECT },
  effectOfRest: { many: false, values: EFFECT },
  worseWith: { many: true, values: WORSE_WITH },
  betterWith: { many: true, values: BETTER_WITH },
  nsaidResponse: { many: false, values: NSAID_RESPONSE },
  numbnessOrTingling: { many: false, values: SIDEDNESS },
  legWeakness: { many: false, values: SIDEDNESS },
  otherJointsSwollen: { many: false, values: OTHER_JOINTS_SWOLLEN },
}

/** Every answer key any rule of the knowledge base reads, in SPEC order. */
const READ_KEYS = ANSWER_KEYS.filter((key) =>
  [
    ...CAUSE_DEFINITIONS.flatMap((definition) => [
      ...definition.features.flatMap((feature) => feature.keys),
      ...(definition.tiering.kind === 'rule' ? definition.tiering.gate.keys : []),
    ]),
    ...RED_FLAG_DEFINITIONS.flatMap((definition) => definition.triggers.flatMap((t) => t.keys)),
  ].includes(key),
)
const AGES = [undefined, 20, 24, 25, 39, 40, 49, 50, 51, 55, 56, 59, 60, 64, 65, 69, 70, 71, 85]

function sample(random: () => number) {
  const pickFrom = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T
  const raw: Record<string, unknown> = {}
  for (const key of READ_KEYS) {
    if (random() < 0.4) continue
    // Keys the engine reads without a pool above are all yes/no questions.
    const pool = POOLS[key] ?? { many: false, values: BOOL }
    raw[key] = pool.many ? pool.values.filter(() => random() < 0.25) : pickFrom(pool.values)
  }
  const rawPatient = { ageYears: pickFrom(AGES), sex: pickFrom([undefined, ...SEX]) }
  return {
    patient: PatientContextSchema.parse(JSON.parse(JSON.stringify(rawPatient))),
    answers: AnswersSchema.parse(raw),
  }
}

function knowledgeBaseFingerprint(): string {
  const causes = CAUSE_DEFINITIONS.map((definition) => ({
    id: definition.id,
    features: definition.features.map(({ phrase, keys, points, group }) => [
      phrase,
      keys,
      points,
      group,
    ]),
    groupCaps: definition.groupCaps,
    tiering:
      definition.tiering.kind === 'thresholds'
        ? definition.tiering
        : [
            definition.tiering.description,
            definition.tiering.gate.phrase,
            definition.tiering.gate.keys,
          ],
    caps: definition.caps?.map(({ phrase, keys, maxTier }) => [phrase, keys, maxTier]),
  }))
  const flags = RED_FLAG_DEFINITIONS.map((definition) => ({
    id: definition.id,
    urgency: definition.urgency,
    triggers: definition.triggers.map(({ phrase, keys }) => [phrase, keys]),
  }))
  return fnv1a(JSON.stringify({ causes, flags }))
}

function behaviourFingerprint(): string {
  const random = seededRandom(20240601)
  const inputs = [
    ...loadPublicVignettes().vignettes,
    ...Array.from({ length: 2000 }, () => sample(random)),
  ]
  const results = inputs.map(({ patient, answers }) => {
    const assessment = assess(patient, answers)
    return [
      assessment.causes.map((cause) => `${cause.id}:${cause.tier}:${cause.points}`).join(','),
      assessment.redFlags.map((flag) => `${flag.id}:${flag.evidence.length}`).join(','),
    ]
  })
  return fnv1a(JSON.stringify(results))
}

describe('engine version', () => {
  it('changes whenever the rules or numbers change', () => {
    const actual = {
      engineVersion: ENGINE_VERSION,
      knowledgeBase: knowledgeBaseFingerprint(),
      behaviour: behaviourFingerprint(),
    }
    expect(
      actual,
      `The clinical rules changed: bump ENGINE_VERSION and record ${JSON.stringify(actual)} here`,
    ).toEqual(RECORDED)
  })
})
