import { FINUCANE_2020, NHS_CES_CARD, NICE_NG59 } from '../citations'
import type { RedFlagDefinition } from '../definitions'
import {
  allOf,
  belowKneeBothSides,
  durationAtLeast,
  gradualOnset,
  type Predicate,
} from '../features'

/** Known to be gradual and known to have lasted 12 weeks or more: usually stenosis, not a new root compression. */
const knownLongStanding = allOf(gradualOnset, durationAtLeast(12))

/**
 * Pain below the knee on both sides, unless the episode is known to be long-standing. Only a
 * known answer lifts the flag: an unanswered onset or duration leaves it raised, because
 * sciatica in both legs can come before cauda equina syndrome and an unasked question is no
 * reassurance.
 */
const bilateralBelowKneeNotKnownLongStanding: Predicate = (patient, answers) => {
  const bothSides = belowKneeBothSides(patient, answers)
  if (bothSides !== true) return bothSides
  return knownLongStanding(patient, answers) !== true
}

export const bilateralSciatica: RedFlagDefinition = {
  id: 'bilateral_sciatica',
  name: 'Sciatica in both legs',
  urgency: 'urgent',
  advice:
    'Today, make sure the four cauda equina questions were asked (numbness between the legs, bladder, bowel and sexual function) and give safety-net advice: go to an emergency department at once if any of these changes',
  triggers: [
    {
      phrase: 'Pain below the knee in both legs, not known to be gradual and 12 weeks or more',
      keys: ['painSites', 'onset', 'durationWeeks'],
      test: bilateralBelowKneeNotKnownLongStanding,
    },
  ],
  citations: [NHS_CES_CARD, FINUCANE_2020, NICE_NG59],
}
