import { ACP_APS_2007 } from '../citations'
import type { CauseDefinition } from '../definitions'
import { ageAtLeast, allOf, yes } from '../features'
import { includesAny } from '../logic'

export const scoliosis: CauseDefinition = {
  id: 'scoliosis',
  name: 'Scoliosis',
  description:
    'The spine curves to the side. In adults the curve can come from wear of the discs and joints and may ache after standing or walking.',
  features: [
    {
      phrase: 'Diagnosed scoliosis',
      keys: ['diagnosedScoliosis'],
      points: 4,
      test: yes('diagnosedScoliosis'),
    },
    {
      phrase: 'Uneven shoulders or hips, or a visible curve',
      keys: ['unevenShouldersOrHips'],
      points: 2,
      test: yes('unevenShouldersOrHips'),
    },
    {
      phrase: 'Family history of scoliosis',
      keys: ['familyHistoryScoliosis'],
      points: 1,
      test: yes('familyHistoryScoliosis'),
    },
    {
      phrase: 'Age 65 or over and worse standing or walking',
      keys: ['worseWith'],
      points: 1,
      test: allOf(ageAtLeast(65), (_, a) => includesAny(a.worseWith, 'standing', 'walking')),
    },
  ],
  tiering: { kind: 'thresholds', likely: 4, possible: 2 },
  citations: [ACP_APS_2007],
  codes: [{ code: 'M41.x', system: 'ICD-10-CM', label: 'Scoliosis (specify type and region)' }],
}
