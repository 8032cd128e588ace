import { ACP_APS_2007, NICE_NG59, RADICULOPATHY } from '../citations'
import type { CauseDefinition } from '../definitions'
import { ageBetween, belowKneeOneSide } from '../features'
import { includesAny, isOneOf } from '../logic'

export const discHerniation: CauseDefinition = {
  id: 'disc_herniation',
  name: 'Herniated or bulging disc',
  description:
    'The soft centre of a spinal disc pushes outward and presses on a nerve root, typically giving leg pain that is worse than the back pain.',
  features: [
    {
      phrase: 'Pain below the knee on one side',
      keys: ['painSites'],
      points: 2,
      test: belowKneeOneSide,
    },
    {
      phrase: 'Leg pain worse than back pain',
      keys: ['legPainVsBackPain'],
      points: 2,
      test: (_, a) => isOneOf(a.legPainVsBackPain, 'leg_worse'),
    },
    {
      phrase: 'Worse with cough, sneeze or strain',
      keys: ['worseWith'],
      points: 2,
      test: (_, a) => includesAny(a.worseWith, 'cough_sneeze_strain'),
    },
    {
      phrase: 'Worse sitting or bending forward',
      keys: ['worseWith'],
      points: 1,
      test: (_, a) => includesAny(a.worseWith, 'sitting', 'bending_forward'),
    },
    {
      phrase: 'Numbness or tingling in one leg',
      keys: ['numbnessOrTingling'],
      points: 1,
      test: (_, a) => isOneOf(a.numbnessOrTingling, 'one_leg'),
    },
    {
      phrase: 'Weakness in one leg',
      keys: ['legWeakness'],
      points: 1,
      test: (_, a) => isOneOf(a.legWeakness, 'one_leg'),
    },
    {
      phrase: 'Began with lifting, twisting or bending',
      keys: ['onsetEvent'],
      points: 1,
      test: (_, a) => includesAny(a.onsetEvent, 'lifting', 'twisting_bending'),
    },
    { phrase: 'Age 25 to 55', keys: [], points: 1, test: ageBetween(25, 55) },
  ],
  tiering: { kind: 'thresholds', likely: 6, possible: 3 },
  citations: [RADICULOPATHY, NICE_NG59, ACP_APS_2007],
  codes: [
    {
      code: 'M51.16',
      system: 'ICD-10-CM',
      label: 'Intervertebral disc disorders with radiculopathy, lumbar region',
    },
  ],
}
