import { ACP_APS_2007, NICE_NG59 } from '../citations'
import type { RedFlagDefinition } from '../definitions'
import { yes } from '../features'
import { isOneOf } from '../logic'

export const progressiveNeurologicalDeficit: RedFlagDefinition = {
  id: 'progressive_neurological_deficit',
  name: 'Progressive neurological deficit',
  urgency: 'urgent',
  advice: 'Urgent clinician assessment, the same or next day',
  triggers: [
    {
      phrase: 'Leg weakness getting worse',
      keys: ['weaknessWorsening'],
      test: yes('weaknessWorsening'),
    },
    {
      phrase: 'Weakness in both legs',
      keys: ['legWeakness'],
      test: (_, a) => isOneOf(a.legWeakness, 'both_legs'),
    },
  ],
  citations: [NICE_NG59, ACP_APS_2007],
}
