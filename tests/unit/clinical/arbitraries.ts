// fast-check arbitraries of valid intake input, built from the shared option lists so they grow
// with the answer model. Also used by bench/assess.ts to make its pool of random answers.
import fc from 'fast-check'
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
  PRIOR_IMAGING,
  PRIOR_TREATMENTS,
  SEX,
  SIDEDNESS,
  WORSE_WITH,
} from '../../../src/shared/intake/answerOptions'
import type { AnswerKey, Answers } from '../../../src/shared/intake/answers'
import type { PatientContext } from '../../../src/shared/intake/patientContext'

/** A list answer: distinct values in any order; a "none" value never alongside others. */
function list<T>(values: readonly T[], exclusive?: T): fc.Arbitrary<T[]> {
  return fc
    .shuffledSubarray([...values])
    .map((picked) =>
      exclusive !== undefined && picked.length > 1
        ? picked.filter((value) => value !== exclusive)
        : picked,
    )
}

const scale = fc.integer({ min: 0, max: 10 })
const yesNo = fc.boolean()
const text = (maxLength: number) => fc.string({ maxLength }).map((value) => value.trim())

// Mapped over every AnswerKey, so a key added to the schema but not here fails to compile.
const answerArbitraries: { [K in AnswerKey]-?: fc.Arbitrary<NonNullable<Answers[K]>> } = {
  painSites: list(PAIN_SITES),
  legPainVsBackPain: fc.constantFrom(...LEG_VS_BACK),
  painQuality: list(PAIN_QUALITIES),
  painNow: scale,
  painWorstWeek: scale,
  painAverageWeek: scale,
  onset: fc.constantFrom(...ONSET),
  onsetEvent: list(ONSET_EVENTS, 'none_known'),
  durationWeeks: fc.oneof(
    fc.double({ min: 0, max: 5200, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: 0, max: 60 }),
  ),
  ageAtFirstBackPain: fc.integer({ min: 0, max: 120 }),
  previousEpisodes: yesNo,
  morningStiffness: fc.constantFrom(...MORNING_STIFFNESS),
  nightPain: fc.constantFrom(...NIGHT_PAIN),
  effectOfExercise: fc.constantFrom(...EFFECT),
  effectOfRest: fc.constantFrom(...EFFECT),
  worseWith: list(WORSE_WITH),
  betterWith: list(BETTER_WITH),
  nsaidResponse: fc.constantFrom(...NSAID_RESPONSE),
  alternatingButtockPain: yesNo,
  walkingLimitedByLegSymptoms: yesNo,
  numbnessOrTingling: fc.constantFrom(...SIDEDNESS),
  legWeakness: fc.constantFrom(...SIDEDNESS),
  weaknessWorsening: yesNo,
  saddleNumbness: yesNo,
  bladderChange: yesNo,
  bowelChange: yesNo,
  sexualFunctionChange: yesNo,
  hipClickingLockingCatching: yesNo,
  hipGivingWay: yesNo,
  unableToBearWeight: yesNo,
  fever: yesNo,
  unexplainedWeightLoss: yesNo,
  nightSweats: yesNo,
  historyOfCancer: yesNo,
  recentInfection: yesNo,
  injectionDrugUse: yesNo,
  immunosuppressed: yesNo,
  diabetes: yesNo,
  longTermSteroids: yesNo,
  osteoporosis: yesNo,
  recentSpineOrHipProcedure: yesNo,
  hipReplacement: yesNo,
  otherJointsSwollen: fc.constantFrom(...OTHER_JOINTS_SWOLLEN),
  diagnosedRheumatoidArthritis: yesNo,
  psoriasis: yesNo,
  inflammatoryBowelDisease: yesNo,
  uveitis: yesNo,
  heelOrTendonPain: yesNo,
  familyHistorySpondyloarthritis: yesNo,
  diagnosedScoliosis: yesNo,
  unevenShouldersOrHips: yesNo,
  familyHistoryScoliosis: yesNo,
  interferenceEnjoyment: scale,
  interferenceActivity: scale,
  priorTreatments: list(PRIOR_TREATMENTS, 'none'),
  priorImaging: list(PRIOR_IMAGING, 'none'),
  medications: text(40),
  allergies: text(40),
  notes: text(80),
}

/** Any valid answer set: each question independently answered or not. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc.record(answerArbitraries, {
  requiredKeys: [],
})

export const patientArbitrary: fc.Arbitrary<PatientContext> = fc.record(
  { ageYears: fc.integer({ min: 0, max: 130 }), sex: fc.constantFrom(...SEX) },
  { requiredKeys: [] },
)
