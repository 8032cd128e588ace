import { NICE_NG59, RADICULOPATHY } from '../citations'
import type { CauseDefinition } from '../definitions'
import { backOfThighSite, belowKnee, numbnessReported, oneSidedLegPain } from '../features'
import { includesAny, isOneOf } from '../logic'

export const sciatica: CauseDefinition = {
  id: 'sciatica',
  name: 'Sciatica',
  description:
    'The sciatic nerve or one of its roots is irritated, sending pain from the low back or buttock down the back of the leg, often with tingling or numbness.',
  features: [
    {
      phrase: 'Pain at the back of the thigh',
      keys: ['painSites'],
      points: 1,
      test: backOfThighSite,
    },
    { phrase: 'Pain below the knee', keys: ['painSites'], points: 2, test: belowKnee },
    {
      phrase: 'Shooting, electric or burning pain',
      keys: ['painQuality'],
      points: 2,
      test: (_, a) => includesAny(a.painQuality, 'shooting', 'electric', 'burning'),
    },
    {
      phrase: 'Numbness or tingling in one or both legs',
      keys: ['numbnessOrTingling'],
      points: 1,
      test: numbnessReported,
    },
    {
      phrase: 'Leg pain as bad as or worse than back pain',
      keys: ['legPainVsBackPain'],
      points: 1,
      test: (_, a) => isOneOf(a.legPainVsBackPain, 'about_equal', 'leg_worse'),
    },
    { phrase: 'Leg pain on one side only', keys: ['painSites'], points: 1, test: oneSidedLegPain },
  ],
  tiering: { kind: 'thresholds', likely: 5, possible: 3 },
  citations: [RADICULOPATHY, NICE_NG59],
  codes: [
    {
      code: 'M54.3x',
      system: 'ICD-10-CM',
      label: 'Sciatica (M54.30 unspecified side, M54.31 right, M54.32 left)',
    },
  ],
}
