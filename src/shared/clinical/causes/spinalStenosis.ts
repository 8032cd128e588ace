import { KONNO_STENOSIS, NASS_STENOSIS } from '../citations'
import type { CauseDefinition } from '../definitions'
import { ageAtLeast, bothLegs, buttockSite, gradualOnset, yes } from '../features'
import { includesAny } from '../logic'

export const spinalStenosis: CauseDefinition = {
  id: 'spinal_stenosis',
  name: 'Spinal stenosis',
  description:
    'The spinal canal narrows, usually with age, and squeezes the nerves to the legs. Walking or standing brings on leg symptoms that ease when sitting or leaning forward.',
  features: [
    {
      phrase: 'Walking limited by leg symptoms',
      keys: ['walkingLimitedByLegSymptoms'],
      points: 2,
      test: yes('walkingLimitedByLegSymptoms'),
    },
    {
      phrase: 'Worse standing',
      keys: ['worseWith'],
      points: 1,
      test: (_, a) => includesAny(a.worseWith, 'standing'),
    },
    {
      phrase: 'Eased by sitting or bending forward',
      keys: ['betterWith'],
      points: 2,
      test: (_, a) => includesAny(a.betterWith, 'sitting', 'bending_forward'),
    },
    {
      phrase: 'Symptoms in both legs',
      keys: ['painSites', 'numbnessOrTingling'],
      points: 1,
      test: bothLegs,
    },
    { phrase: 'Buttock pain', keys: ['painSites'], points: 1, test: buttockSite },
    { phrase: 'Age 60 or over', keys: [], points: 1, test: ageAtLeast(60) },
    { phrase: 'Gradual onset', keys: ['onset'], points: 1, test: gradualOnset },
  ],
  tiering: { kind: 'thresholds', likely: 6, possible: 4 },
  citations: [KONNO_STENOSIS, NASS_STENOSIS],
  codes: [
    {
      code: 'M48.061',
      system: 'ICD-10-CM',
      label: 'Spinal stenosis, lumbar region without neurogenic claudication',
    },
    {
      code: 'M48.062',
      system: 'ICD-10-CM',
      label: 'Spinal stenosis, lumbar region with neurogenic claudication',
    },
  ],
}
