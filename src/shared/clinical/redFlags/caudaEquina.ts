import { NHS_CES_CARD, NICE_NG59 } from '../citations'
import type { RedFlagDefinition } from '../definitions'
import { yes } from '../features'

export const caudaEquina: RedFlagDefinition = {
  id: 'cauda_equina',
  name: 'Possible cauda equina syndrome',
  urgency: 'emergency',
  advice: 'Same-day emergency assessment',
  triggers: [
    {
      phrase: 'New numbness between the legs (saddle area)',
      keys: ['saddleNumbness'],
      test: yes('saddleNumbness'),
    },
    {
      phrase: 'New trouble starting or stopping urine, or leaking',
      keys: ['bladderChange'],
      test: yes('bladderChange'),
    },
    {
      phrase: 'New loss of bowel control or feeling',
      keys: ['bowelChange'],
      test: yes('bowelChange'),
    },
    {
      phrase: 'New change in sexual function',
      keys: ['sexualFunctionChange'],
      test: yes('sexualFunctionChange'),
    },
  ],
  citations: [NHS_CES_CARD, NICE_NG59],
}
