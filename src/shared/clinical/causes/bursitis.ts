import { GTPS } from '../citations'
import type { CauseDefinition } from '../definitions'
import { ageBetween, female, outerHipSite, outerThighNothingBelowKnee } from '../features'
import { includesAny } from '../logic'

export const bursitis: CauseDefinition = {
  id: 'bursitis',
  name: 'Bursitis (hip)',
  description:
    'The tissues over the bony point of the outer hip (the bursa and nearby tendons) become irritated, making the side of the hip sore to lie on and on stairs.',
  features: [
    { phrase: 'Pain at the outer hip', keys: ['painSites'], points: 3, test: outerHipSite },
    {
      phrase: 'Worse lying on the side',
      keys: ['worseWith'],
      points: 2,
      test: (_, a) => includesAny(a.worseWith, 'lying_on_side'),
    },
    {
      phrase: 'Outer-thigh pain with nothing below the knee',
      keys: ['painSites'],
      points: 1,
      test: outerThighNothingBelowKnee,
    },
    {
      phrase: 'Worse with stairs, walking or rising from a chair',
      keys: ['worseWith'],
      points: 1,
      test: (_, a) => includesAny(a.worseWith, 'stairs', 'walking', 'rising_from_chair'),
    },
    { phrase: 'Female', keys: [], points: 1, test: female },
    { phrase: 'Age 40 to 70', keys: [], points: 1, test: ageBetween(40, 70) },
  ],
  tiering: { kind: 'thresholds', likely: 6, possible: 3 },
  citations: [GTPS],
  codes: [
    {
      code: 'M70.6x',
      system: 'ICD-10-CM',
      label: 'Trochanteric bursitis (M70.60 unspecified, M70.61 right, M70.62 left hip)',
    },
  ],
}
