import { ACR_1987_RA, ACR_EULAR_2010_RA } from '../citations'
import type { CauseDefinition } from '../definitions'
import { durationAtLeast, yes } from '../features'
import { isOneOf } from '../logic'

export const rheumatoidArthritis: CauseDefinition = {
  id: 'rheumatoid_arthritis',
  name: 'Rheumatoid arthritis',
  description:
    'The immune system attacks the lining of the joints, typically many small joints of the hands and feet, and can also involve the spine and hips. Long morning stiffness is typical.',
  features: [
    {
      phrase: 'Diagnosed rheumatoid arthritis',
      keys: ['diagnosedRheumatoidArthritis'],
      points: 4,
      test: yes('diagnosedRheumatoidArthritis'),
    },
    {
      phrase: 'Many small joints of the hands or feet swollen',
      keys: ['otherJointsSwollen'],
      points: 3,
      test: (_, a) => isOneOf(a.otherJointsSwollen, 'many_small_hands_feet'),
      group: 'joints',
    },
    {
      phrase: 'One to three large joints swollen',
      keys: ['otherJointsSwollen'],
      points: 1,
      test: (_, a) => isOneOf(a.otherJointsSwollen, 'one_to_three_large'),
      group: 'joints',
    },
    {
      phrase: 'Morning stiffness over an hour',
      keys: ['morningStiffness'],
      points: 2,
      test: (_, a) => isOneOf(a.morningStiffness, 'over_60_min'),
    },
    { phrase: '6 weeks or more', keys: ['durationWeeks'], points: 1, test: durationAtLeast(6) },
  ],
  // The two joint patterns are alternatives (one answer), so the group is worth at most 3.
  groupCaps: { joints: 3 },
  tiering: { kind: 'thresholds', likely: 5, possible: 3 },
  citations: [ACR_EULAR_2010_RA, ACR_1987_RA],
  codes: [
    {
      code: 'M06.x',
      system: 'ICD-10-CM',
      label: 'Other rheumatoid arthritis (specify site)',
    },
  ],
}
