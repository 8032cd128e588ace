import { ACP_APS_2007, NICE_NG59 } from '../citations'
import type { RedFlagDefinition } from '../definitions'
import { durationAtLeast } from '../features'
import { when } from '../logic'

/** Pain from this rating up (0-10) counts as severe. */
const SEVERE_PAIN = 7

// The source document's closing advice: persistent or severe pain calls for a clinician.
export const persistentOrSevere: RedFlagDefinition = {
  id: 'persistent_or_severe',
  name: 'Persistent or severe pain',
  urgency: 'soon',
  advice: 'See a clinician: examination, history review and possibly imaging',
  triggers: [
    { phrase: 'Pain for 6 weeks or more', keys: ['durationWeeks'], test: durationAtLeast(6) },
    {
      phrase: `Pain now ${SEVERE_PAIN} or more out of 10`,
      keys: ['painNow'],
      test: (_, a) => when(a.painNow, (pain) => pain >= SEVERE_PAIN),
    },
    {
      phrase: `Worst pain this week ${SEVERE_PAIN} or more out of 10`,
      keys: ['painWorstWeek'],
      test: (_, a) => when(a.painWorstWeek, (pain) => pain >= SEVERE_PAIN),
    },
  ],
  citations: [NICE_NG59, ACP_APS_2007],
}
