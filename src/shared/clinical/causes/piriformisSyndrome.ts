import { HOPAYIAN_2010 } from '../citations'
import type { CauseDefinition } from '../definitions'
import { backOfThighSite, buttockSite, buttockWithoutLowBack } from '../features'
import { includesAny } from '../logic'

export const piriformisSyndrome: CauseDefinition = {
  id: 'piriformis_syndrome',
  name: 'Piriformis syndrome',
  description:
    'A deep buttock muscle, the piriformis, irritates the sciatic nerve that runs beside or through it, giving buttock pain that is worse when sitting.',
  features: [
    { phrase: 'Buttock pain', keys: ['painSites'], points: 2, test: buttockSite },
    {
      phrase: 'Worse sitting',
      keys: ['worseWith'],
      points: 2,
      test: (_, a) => includesAny(a.worseWith, 'sitting'),
    },
    {
      phrase: 'Pain at the back of the thigh',
      keys: ['painSites'],
      points: 1,
      test: backOfThighSite,
    },
    {
      phrase: 'Buttock pain without low back pain',
      keys: ['painSites'],
      points: 1,
      test: buttockWithoutLowBack,
    },
    {
      phrase: 'Began with prolonged sitting, sport, a fall from standing or a direct blow',
      keys: ['onsetEvent'],
      points: 1,
      test: (_, a) =>
        includesAny(
          a.onsetEvent,
          'prolonged_sitting',
          'sport_exercise',
          'fall_same_level',
          'direct_blow',
        ),
    },
  ],
  tiering: { kind: 'thresholds', likely: 6, possible: 3 },
  citations: [HOPAYIAN_2010],
  codes: [
    {
      code: 'G57.0x',
      system: 'ICD-10-CM',
      label: 'Lesion of sciatic nerve (G57.00 unspecified, G57.01 right, G57.02 left lower limb)',
    },
  ],
}
