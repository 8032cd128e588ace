import { NICE_NG59, SPINAL_INFECTION_RISKS } from '../citations'
import type { RedFlagDefinition, RedFlagTrigger } from '../definitions'
import { allOf, constantNightPain, type Predicate, yes, type YesNoKey } from '../features'

/** Fever together with one risk factor: one trigger per risk so the evidence names it. */
function feverWith(risk: string, key: 'nightPain' | YesNoKey, test: Predicate): RedFlagTrigger {
  return { phrase: `Fever with ${risk}`, keys: ['fever', key], test: allOf(yes('fever'), test) }
}

export const infectionFlag: RedFlagDefinition = {
  id: 'infection',
  name: 'Possible spinal or hip infection',
  urgency: 'urgent',
  advice: 'Urgent clinician assessment, the same day',
  triggers: [
    feverWith('injection drug use', 'injectionDrugUse', yes('injectionDrugUse')),
    feverWith('immunosuppression', 'immunosuppressed', yes('immunosuppressed')),
    feverWith('a recent infection', 'recentInfection', yes('recentInfection')),
    feverWith(
      'a recent spine or hip procedure',
      'recentSpineOrHipProcedure',
      yes('recentSpineOrHipProcedure'),
    ),
    feverWith('a hip replacement', 'hipReplacement', yes('hipReplacement')),
    feverWith('diabetes', 'diabetes', yes('diabetes')),
    feverWith('constant night pain', 'nightPain', constantNightPain),
  ],
  citations: [SPINAL_INFECTION_RISKS, NICE_NG59],
}
