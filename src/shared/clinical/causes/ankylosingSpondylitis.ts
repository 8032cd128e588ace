import { ASAS_IBP, BERLIN_IBP, NICE_NG65 } from '../citations'
import type { CauseDefinition, TierRuleInput } from '../definitions'
import { allOf, durationAtLeast, gradualOnset, lowBackOrButtockSite, yes } from '../features'
import type { Tier } from '../ids'
import { any, isOneOf, when } from '../logic'

/** Features from the ASAS expert criteria for inflammatory back pain. */
const ASAS = 'asas'
/** Berlin criteria and NICE NG65 referral features; at most SUPPORTING_CAP points count. */
const SUPPORTING = 'supporting'
const SUPPORTING_CAP = 3

/**
 * ASAS asks for 4 of 5 features in back pain of more than 3 months; fewer ASAS features, or the
 * supporting features, make it possible; 4 ASAS features without the entry condition (yet) stay
 * possible so the question is not lost while the history is short.
 */
function decide({ groupPoints, gate }: TierRuleInput): Tier {
  const asas = groupPoints[ASAS] ?? 0
  const supporting = groupPoints[SUPPORTING] ?? 0
  if (gate === true && asas >= 4) return 'likely'
  if (gate === true && (asas >= 3 || asas + supporting >= 4)) return 'possible'
  if (gate !== true && asas >= 4) return 'possible'
  return 'unlikely'
}

export const ankylosingSpondylitis: CauseDefinition = {
  id: 'ankylosing_spondylitis',
  name: 'Ankylosing spondylitis',
  description:
    'A long-term inflammatory arthritis of the spine and the joints between spine and pelvis, usually starting before 40. The back is stiff in the morning and eases with exercise rather than rest.',
  features: [
    {
      phrase: 'Back pain first began before age 40',
      keys: ['ageAtFirstBackPain'],
      points: 1,
      test: (_, a) => when(a.ageAtFirstBackPain, (age) => age < 40),
      group: ASAS,
    },
    { phrase: 'Gradual onset', keys: ['onset'], points: 1, test: gradualOnset, group: ASAS },
    {
      phrase: 'Better with exercise',
      keys: ['effectOfExercise'],
      points: 1,
      test: (_, a) => isOneOf(a.effectOfExercise, 'better'),
      group: ASAS,
    },
    {
      phrase: 'Not better with rest',
      keys: ['effectOfRest'],
      points: 1,
      test: (_, a) => isOneOf(a.effectOfRest, 'no_change', 'worse'),
      group: ASAS,
    },
    {
      phrase: 'Night pain that eases on getting up',
      keys: ['nightPain'],
      points: 1,
      test: (_, a) => isOneOf(a.nightPain, 'wakes_second_half_eases_on_rising'),
      group: ASAS,
    },
    {
      phrase: 'Morning stiffness of 30 minutes or more',
      keys: ['morningStiffness'],
      points: 1,
      test: (_, a) => isOneOf(a.morningStiffness, '30_to_60_min', 'over_60_min'),
      group: SUPPORTING,
    },
    {
      phrase: 'Alternating buttock pain',
      keys: ['alternatingButtockPain'],
      points: 1,
      test: yes('alternatingButtockPain'),
      group: SUPPORTING,
    },
    {
      phrase: 'Good response to anti-inflammatories within 48 hours',
      keys: ['nsaidResponse'],
      points: 1,
      test: (_, a) => isOneOf(a.nsaidResponse, 'good_within_48h'),
      group: SUPPORTING,
    },
    {
      phrase: 'Family history of spondyloarthritis',
      keys: ['familyHistorySpondyloarthritis'],
      points: 1,
      test: yes('familyHistorySpondyloarthritis'),
      group: SUPPORTING,
    },
    {
      phrase: 'Psoriasis, inflammatory bowel disease or uveitis',
      keys: ['psoriasis', 'inflammatoryBowelDisease', 'uveitis'],
      points: 1,
      test: (_, a) => any(a.psoriasis, a.inflammatoryBowelDisease, a.uveitis),
      group: SUPPORTING,
    },
    {
      phrase: 'Heel or tendon pain',
      keys: ['heelOrTendonPain'],
      points: 1,
      test: yes('heelOrTendonPain'),
      group: SUPPORTING,
    },
  ],
  groupCaps: { [SUPPORTING]: SUPPORTING_CAP },
  tiering: {
    kind: 'rule',
    description:
      'Entry condition: back pain for 12 weeks or more at the low back or buttock. Likely with the entry condition and at least 4 of the 5 ASAS features. Possible with the entry condition and 3 ASAS features, or 4 points counting up to 3 supporting features; or without the entry condition (yet) but 4 ASAS features.',
    gate: {
      phrase:
        'Rated lower until back pain has lasted 12 weeks or more at the low back or buttock (ASAS entry condition)',
      keys: ['durationWeeks', 'painSites'],
      test: allOf(durationAtLeast(12), lowBackOrButtockSite),
    },
    decide,
  },
  citations: [ASAS_IBP, BERLIN_IBP, NICE_NG65],
  codes: [{ code: 'M45.x', system: 'ICD-10-CM', label: 'Ankylosing spondylitis (specify region)' }],
}
