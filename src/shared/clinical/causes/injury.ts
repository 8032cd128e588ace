import { COCHRANE_FRACTURE, DOWNIE_2013, NICE_NG59 } from '../citations'
import type { CauseDefinition } from '../definitions'
import { ageAtLeast, fallFromStanding, significantTrauma, suddenOnset, yes } from '../features'

export const injury: CauseDefinition = {
  id: 'injury',
  name: 'Injury (fracture or dislocation)',
  description:
    'A break or dislocation of the spine, pelvis or hip from a fall, collision or blow. In older people or thin bones a fall from standing, or even lifting, can be enough.',
  features: [
    {
      phrase: 'Significant trauma: fall from a height, vehicle collision or direct blow',
      keys: ['onsetEvent'],
      points: 4,
      test: significantTrauma,
    },
    {
      phrase: 'Fall from standing height',
      keys: ['onsetEvent'],
      points: 2,
      test: fallFromStanding,
    },
    {
      phrase: 'Unable to bear weight',
      keys: ['unableToBearWeight'],
      points: 2,
      test: yes('unableToBearWeight'),
    },
    { phrase: 'Age 70 or over', keys: [], points: 1, test: ageAtLeast(70) },
    { phrase: 'Osteoporosis', keys: ['osteoporosis'], points: 1, test: yes('osteoporosis') },
    {
      phrase: 'Long-term steroids',
      keys: ['longTermSteroids'],
      points: 1,
      test: yes('longTermSteroids'),
    },
    { phrase: 'Sudden onset', keys: ['onset'], points: 1, test: suddenOnset },
  ],
  tiering: { kind: 'thresholds', likely: 5, possible: 3 },
  citations: [DOWNIE_2013, COCHRANE_FRACTURE, NICE_NG59],
  // SPEC section 5 lists no injury codes; these are the ICD-10-CM categories for the injuries
  // this cause names (added, see the engine's closing note).
  codes: [
    { code: 'S32.0x', system: 'ICD-10-CM', label: 'Fracture of lumbar vertebra' },
    {
      code: 'M80.08xA',
      system: 'ICD-10-CM',
      label:
        'Age-related osteoporosis with current pathological fracture, vertebra(e), initial encounter',
    },
    { code: 'S72.0x', system: 'ICD-10-CM', label: 'Fracture of head and neck of femur' },
    {
      code: 'S33.1x',
      system: 'ICD-10-CM',
      label: 'Subluxation and dislocation of lumbar vertebra',
    },
    { code: 'S73.0x', system: 'ICD-10-CM', label: 'Subluxation and dislocation of hip' },
  ],
}
