import { COCHRANE_FRACTURE, DOWNIE_2013, NICE_NG59 } from '../citations'
import type { RedFlagDefinition } from '../definitions'
import { afterAFall, ageAtLeast, allOf, type Predicate, significantTrauma, yes } from '../features'
import { includesAny } from '../logic'

/** Minor trauma: enough to break a fragile bone. */
const fallFromStandingOrLifting: Predicate = (_, a) =>
  includesAny(a.onsetEvent, 'fall_same_level', 'lifting')

export const fracture: RedFlagDefinition = {
  id: 'fracture',
  name: 'Possible fracture',
  urgency: 'urgent',
  advice: 'Urgent clinician assessment and imaging, the same day',
  triggers: [
    {
      phrase: 'Significant trauma: fall from a height, vehicle collision or direct blow',
      keys: ['onsetEvent'],
      test: significantTrauma,
    },
    {
      phrase: 'Fall from standing or lifting at age 70 or over',
      keys: ['onsetEvent'],
      test: allOf(fallFromStandingOrLifting, ageAtLeast(70)),
    },
    {
      phrase: 'Fall from standing or lifting with osteoporosis',
      keys: ['onsetEvent', 'osteoporosis'],
      test: allOf(fallFromStandingOrLifting, yes('osteoporosis')),
    },
    {
      phrase: 'Fall from standing or lifting with long-term steroids',
      keys: ['onsetEvent', 'longTermSteroids'],
      test: allOf(fallFromStandingOrLifting, yes('longTermSteroids')),
    },
    {
      phrase: 'Unable to bear weight after a fall',
      keys: ['onsetEvent', 'unableToBearWeight'],
      test: allOf(afterAFall, yes('unableToBearWeight')),
    },
  ],
  citations: [DOWNIE_2013, COCHRANE_FRACTURE, NICE_NG59],
}
