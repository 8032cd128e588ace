import { DOWNIE_2013, NICE_NG59 } from '../citations'
import type { RedFlagDefinition } from '../definitions'
import { ageAtLeast, allOf, constantNightPain, yes } from '../features'

// Not one of the thirteen causes, but a screen that hid it would be unsafe.
export const malignancy: RedFlagDefinition = {
  id: 'malignancy',
  name: 'Possible malignancy',
  urgency: 'urgent',
  advice: 'Urgent clinician assessment',
  triggers: [
    { phrase: 'History of cancer', keys: ['historyOfCancer'], test: yes('historyOfCancer') },
    {
      phrase: 'Unexplained weight loss at age 50 or over',
      keys: ['unexplainedWeightLoss'],
      test: allOf(yes('unexplainedWeightLoss'), ageAtLeast(50)),
    },
    {
      phrase: 'Unexplained weight loss with constant night pain',
      keys: ['unexplainedWeightLoss', 'nightPain'],
      test: allOf(yes('unexplainedWeightLoss'), constantNightPain),
    },
    {
      phrase: 'Unexplained weight loss with night sweats, at any age',
      keys: ['unexplainedWeightLoss', 'nightSweats'],
      test: allOf(yes('unexplainedWeightLoss'), yes('nightSweats')),
    },
    {
      phrase: 'Constant night pain at age 50 or over',
      keys: ['nightPain'],
      test: allOf(constantNightPain, ageAtLeast(50)),
    },
  ],
  citations: [DOWNIE_2013, NICE_NG59],
}
