import { ACR_1991_HIP_OA } from '../citations'
import type { CauseDefinition } from '../definitions'
import { ageAtLeast, betterWithRest, durationAtLeast, gradualOnset, groinSite } from '../features'
import { includesAny, isOneOf } from '../logic'

export const osteoarthritis: CauseDefinition = {
  id: 'osteoarthritis',
  name: 'Osteoarthritis',
  description:
    'Gradual wear of the cartilage in the hip joint or the small facet joints of the spine, causing aching and short-lived stiffness that builds with use.',
  features: [
    // ACR 1991 says "age > 50": 51 or more in whole years (engine 1.0.0 counted 50 as well).
    { phrase: 'Age over 50', keys: [], points: 2, test: ageAtLeast(51) },
    { phrase: 'Gradual onset', keys: ['onset'], points: 1, test: gradualOnset },
    { phrase: '12 weeks or more', keys: ['durationWeeks'], points: 1, test: durationAtLeast(12) },
    {
      phrase: 'Morning stiffness of an hour or less',
      keys: ['morningStiffness'],
      points: 1,
      test: (_, a) => isOneOf(a.morningStiffness, 'under_30_min', '30_to_60_min'),
    },
    { phrase: 'Groin pain', keys: ['painSites'], points: 2, test: groinSite },
    {
      phrase: 'Worse with walking, stairs, rising from a chair or standing',
      keys: ['worseWith'],
      points: 1,
      test: (_, a) =>
        includesAny(a.worseWith, 'walking', 'stairs', 'rising_from_chair', 'standing'),
    },
    {
      phrase: 'Better with rest',
      keys: ['betterWith', 'effectOfRest'],
      points: 1,
      test: betterWithRest,
    },
  ],
  tiering: { kind: 'thresholds', likely: 6, possible: 4 },
  citations: [ACR_1991_HIP_OA],
  codes: [
    {
      code: 'M16.x',
      system: 'ICD-10-CM',
      label: 'Osteoarthritis of hip (specify type and side)',
    },
  ],
}
