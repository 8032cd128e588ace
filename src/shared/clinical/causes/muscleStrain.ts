import { ACP_APS_2007, NICE_NG59 } from '../citations'
import type { CauseDefinition } from '../definitions'
import {
  allOf,
  anyOf,
  belowKnee,
  betterWithRest,
  durationUnder,
  negate,
  numbnessReported,
  weaknessReported,
} from '../features'
import { all, includesAny, isOneOf } from '../logic'

export const muscleStrain: CauseDefinition = {
  id: 'muscle_strain',
  name: 'Muscle or ligament strain',
  description:
    'Overstretched or torn muscle or ligament fibres in the low back, usually after a sudden movement, awkward lifting or overuse. It tends to settle within a few weeks.',
  features: [
    {
      phrase: 'Sudden onset with lifting, twisting or sport',
      keys: ['onset', 'onsetEvent'],
      points: 3,
      test: (_, a) =>
        all(
          isOneOf(a.onset, 'sudden'),
          includesAny(a.onsetEvent, 'lifting', 'twisting_bending', 'sport_exercise'),
        ),
    },
    { phrase: 'Under 6 weeks', keys: ['durationWeeks'], points: 1, test: durationUnder(6) },
    {
      phrase: 'No pain below the knee, no numbness and no weakness',
      keys: ['painSites', 'numbnessOrTingling', 'legWeakness'],
      points: 1,
      test: allOf(
        negate(belowKnee),
        (_, a) => isOneOf(a.numbnessOrTingling, 'none'),
        (_, a) => isOneOf(a.legWeakness, 'none'),
      ),
    },
    {
      phrase: 'Worse with bending forward, lifting or pivoting',
      keys: ['worseWith'],
      points: 1,
      test: (_, a) => includesAny(a.worseWith, 'bending_forward', 'lifting', 'pivoting_twisting'),
    },
    {
      phrase: 'Better with rest',
      keys: ['betterWith', 'effectOfRest'],
      points: 1,
      test: betterWithRest,
    },
  ],
  tiering: { kind: 'thresholds', likely: 5, possible: 3 },
  caps: [
    {
      // Nerve symptoms point to a nerve-root cause; a strain alone does not explain them.
      phrase: 'Not rated likely: pain below the knee, numbness or weakness points to a nerve cause',
      keys: ['painSites', 'numbnessOrTingling', 'legWeakness'],
      test: anyOf(belowKnee, numbnessReported, weaknessReported),
      maxTier: 'possible',
    },
  ],
  citations: [NICE_NG59, ACP_APS_2007],
  codes: [
    {
      code: 'S39.012A',
      system: 'ICD-10-CM',
      label: 'Strain of muscle, fascia and tendon of lower back, initial encounter',
    },
    { code: 'M54.50', system: 'ICD-10-CM', label: 'Low back pain, unspecified' },
  ],
}
