import { LABRAL_TEAR } from '../citations'
import type { CauseDefinition } from '../definitions'
import { ageUnder, groinSite, yes } from '../features'
import { includesAny } from '../logic'

export const labralTear: CauseDefinition = {
  id: 'labral_tear',
  name: 'Hip labral tear',
  description:
    'The ring of cartilage around the rim of the hip socket is torn, often after sport or a twist, giving groin pain with clicking, catching or the hip giving way.',
  features: [
    { phrase: 'Groin pain', keys: ['painSites'], points: 2, test: groinSite },
    {
      phrase: 'Hip clicking, locking or catching',
      keys: ['hipClickingLockingCatching'],
      points: 3,
      test: yes('hipClickingLockingCatching'),
    },
    { phrase: 'Hip giving way', keys: ['hipGivingWay'], points: 1, test: yes('hipGivingWay') },
    {
      phrase: 'Worse pivoting or sitting',
      keys: ['worseWith'],
      points: 1,
      test: (_, a) => includesAny(a.worseWith, 'pivoting_twisting', 'sitting'),
    },
    {
      phrase: 'Began with sport, twisting, a fall from standing or a collision',
      keys: ['onsetEvent'],
      points: 1,
      test: (_, a) =>
        includesAny(
          a.onsetEvent,
          'sport_exercise',
          'twisting_bending',
          'fall_same_level',
          'vehicle_collision',
        ),
    },
    { phrase: 'Age under 50', keys: [], points: 1, test: ageUnder(50) },
  ],
  tiering: { kind: 'thresholds', likely: 6, possible: 3 },
  citations: [LABRAL_TEAR],
  codes: [
    {
      code: 'S73.19xA',
      system: 'ICD-10-CM',
      label: 'Other sprain of hip, initial encounter (traumatic labral tear)',
    },
  ],
}
