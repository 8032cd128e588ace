import { NICE_NG59, SPINAL_INFECTION_RISKS } from '../citations'
import type { CauseDefinition } from '../definitions'
import { constantNightPain, yes } from '../features'

export const infection: CauseDefinition = {
  id: 'infection',
  name: 'Infection (spine or hip joint)',
  description:
    'Bacteria infect a vertebra, a disc or the hip joint, often carried in the blood. Fever, constant pain and a weakened immune system are the usual clues.',
  features: [
    { phrase: 'Fever or chills', keys: ['fever'], points: 3, test: yes('fever') },
    {
      phrase: 'Injection drug use',
      keys: ['injectionDrugUse'],
      points: 2,
      test: yes('injectionDrugUse'),
    },
    {
      phrase: 'Immunosuppressed',
      keys: ['immunosuppressed'],
      points: 2,
      test: yes('immunosuppressed'),
    },
    {
      phrase: 'Recent infection (within 3 months)',
      keys: ['recentInfection'],
      points: 2,
      test: yes('recentInfection'),
    },
    {
      phrase: 'Recent spine or hip procedure (within 3 months)',
      keys: ['recentSpineOrHipProcedure'],
      points: 2,
      test: yes('recentSpineOrHipProcedure'),
    },
    { phrase: 'Hip replacement', keys: ['hipReplacement'], points: 1, test: yes('hipReplacement') },
    { phrase: 'Diabetes', keys: ['diabetes'], points: 1, test: yes('diabetes') },
    {
      phrase: 'Constant night pain in any position',
      keys: ['nightPain'],
      points: 1,
      test: constantNightPain,
    },
    {
      phrase: 'Unable to bear weight',
      keys: ['unableToBearWeight'],
      points: 1,
      test: yes('unableToBearWeight'),
    },
    // Asked since 1.0.0 but read by no rule until 1.1.0.
    { phrase: 'Night sweats', keys: ['nightSweats'], points: 1, test: yes('nightSweats') },
  ],
  tiering: { kind: 'thresholds', likely: 5, possible: 3 },
  citations: [SPINAL_INFECTION_RISKS, NICE_NG59],
  codes: [
    {
      code: 'M46.2x-M46.5x',
      system: 'ICD-10-CM',
      label:
        'Spinal infection: vertebral osteomyelitis, disc infection, discitis, other infective spondylopathy',
    },
    { code: 'M00.x', system: 'ICD-10-CM', label: 'Pyogenic (septic) arthritis, e.g. of the hip' },
  ],
}
