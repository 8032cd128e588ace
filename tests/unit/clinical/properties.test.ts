// Property tests over arbitrary valid answers (fast-check).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { AssessmentSchema } from '../../../src/shared/clinical/assessment'
import { CAUSE_IDS, type RedFlagId, tierRank, urgencyRank } from '../../../src/shared/clinical/ids'
import { AnswersSchema, type Answers } from '../../../src/shared/intake/answers'
import { answersArbitrary, patientArbitrary } from './arbitraries'
import { flagIds } from './support'

/** One answer that raises a red flag, merged into existing answers without removing anything. */
type RedFlagAnswer = (answers: Answers) => Answers

const addOnsetEvent =
  (event: 'fall_from_height' | 'vehicle_collision' | 'direct_blow'): RedFlagAnswer =>
  (answers) => ({
    ...answers,
    onsetEvent: [
      ...(answers.onsetEvent ?? []).filter((e) => e !== 'none_known' && e !== event),
      event,
    ],
  })

const redFlagAnswers: Record<string, { flag: RedFlagId; add: RedFlagAnswer }> = {
  saddleNumbness: { flag: 'cauda_equina', add: (a) => ({ ...a, saddleNumbness: true }) },
  bladderChange: { flag: 'cauda_equina', add: (a) => ({ ...a, bladderChange: true }) },
  bowelChange: { flag: 'cauda_equina', add: (a) => ({ ...a, bowelChange: true }) },
  sexualFunctionChange: {
    flag: 'cauda_equina',
    add: (a) => ({ ...a, sexualFunctionChange: true }),
  },
  weaknessWorsening: {
    flag: 'progressive_neurological_deficit',
    add: (a) => ({ ...a, weaknessWorsening: true }),
  },
  weaknessBothLegs: {
    flag: 'progressive_neurological_deficit',
    add: (a) => ({ ...a, legWeakness: 'both_legs' }),
  },
  feverWithDrugUse: {
    flag: 'infection',
    add: (a) => ({ ...a, fever: true, injectionDrugUse: true }),
  },
  feverWithDiabetes: { flag: 'infection', add: (a) => ({ ...a, fever: true, diabetes: true }) },
  fallFromHeight: { flag: 'fracture', add: addOnsetEvent('fall_from_height') },
  vehicleCollision: { flag: 'fracture', add: addOnsetEvent('vehicle_collision') },
  directBlow: { flag: 'fracture', add: addOnsetEvent('direct_blow') },
  historyOfCancer: { flag: 'malignancy', add: (a) => ({ ...a, historyOfCancer: true }) },
  longDuration: {
    flag: 'persistent_or_severe',
    add: (a) => ({ ...a, durationWeeks: Math.max(a.durationWeeks ?? 0, 6) }),
  },
  severePainNow: {
    flag: 'persistent_or_severe',
    add: (a) => ({ ...a, painNow: Math.max(a.painNow ?? 0, 7) }),
  },
  severeWorstPain: {
    flag: 'persistent_or_severe',
    add: (a) => ({ ...a, painWorstWeek: Math.max(a.painWorstWeek ?? 0, 7) }),
  },
}

const RUNS = { numRuns: 300 }

describe('properties of assess', () => {
  it('the arbitrary only makes answers the schema accepts', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(AnswersSchema.parse(answers)).toEqual(answers)
      }),
      RUNS,
    )
  })

  it('gives a schema-valid, plain-JSON assessment with all 13 causes once each', () => {
    fc.assert(
      fc.property(patientArbitrary, answersArbitrary, (patient, answers) => {
        const assessment = assess(patient, answers)
        expect(AssessmentSchema.parse(assessment)).toEqual(assessment)
        expect(JSON.parse(JSON.stringify(assessment))).toEqual(assessment)
        expect(new Set(assessment.causes.map((cause) => cause.id))).toEqual(new Set(CAUSE_IDS))
        expect(assessment.causes).toHaveLength(13)
      }),
      RUNS,
    )
  })

  it('keeps points consistent: evidence sums to points, never above the maximum', () => {
    fc.assert(
      fc.property(patientArbitrary, answersArbitrary, (patient, answers) => {
        for (const cause of assess(patient, answers).causes) {
          const sum = cause.evidence.reduce((total, evidence) => total + evidence.points, 0)
          expect(sum).toBe(cause.points)
          expect(cause.points).toBeLessThanOrEqual(cause.maxPoints)
          for (const key of cause.unansweredKeys) expect(answers[key]).toBeUndefined()
        }
      }),
      RUNS,
    )
  })

  it('orders causes by tier then share, and flags by urgency', () => {
    fc.assert(
      fc.property(patientArbitrary, answersArbitrary, (patient, answers) => {
        const { causes, redFlags, highestUrgency } = assess(patient, answers)
        for (let i = 1; i < causes.length; i += 1) {
          const [before, after] = [causes[i - 1], causes[i]]
          if (before === undefined || after === undefined) continue
          const byTier = tierRank(before.tier) - tierRank(after.tier)
          expect(byTier).toBeLessThanOrEqual(0)
          if (byTier === 0) {
            expect(before.points / before.maxPoints).toBeGreaterThanOrEqual(
              after.points / after.maxPoints,
            )
          }
        }
        const ranks = redFlags.map((flag) => urgencyRank(flag.urgency))
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
        expect(highestUrgency).toBe(redFlags[0]?.urgency ?? 'none')
      }),
      RUNS,
    )
  })

  it('never removes a flag when a red-flag answer is added (monotonic), and raises its own', () => {
    fc.assert(
      fc.property(
        patientArbitrary,
        answersArbitrary,
        fc.constantFrom(...Object.keys(redFlagAnswers)),
        (patient, answers, name) => {
          const redFlagAnswer = redFlagAnswers[name]
          if (redFlagAnswer === undefined) throw new Error(name)
          const changed = redFlagAnswer.add(answers)
          expect(AnswersSchema.safeParse(changed).success).toBe(true)
          const before = flagIds(assess(patient, answers))
          const after = flagIds(assess(patient, changed))
          for (const id of before) expect(after).toContain(id)
          expect(after).toContain(redFlagAnswer.flag)
        },
      ),
      RUNS,
    )
  })

  it('is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(patientArbitrary, answersArbitrary, (patient, answers) => {
        const copy = structuredClone(answers)
        const first = assess(patient, answers)
        const second = assess(patient, answers)
        expect(second).toEqual(first)
        expect(answers).toEqual(copy)
      }),
      RUNS,
    )
  })
})
