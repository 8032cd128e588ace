// Each raised red flag as a Flag, with its urgency in the standard flag-priority extension (the
// HL7 priority code and our own urgency word) and what staff should do as its text.
import { redFlagDefinition } from '../../shared/clinical/assessment'
import type { RedFlagResult } from '../../shared/clinical/assessment'
import type { Urgency } from '../../shared/clinical/ids'
import type { BundleEntry, Reference } from './fhirTypes'
import { EXTENSIONS, SYSTEMS } from './fhirSystems'

const PRIORITY: Record<Urgency, { code: string; display: string }> = {
  emergency: { code: 'PH', display: 'High priority' },
  urgent: { code: 'PM', display: 'Medium priority' },
  soon: { code: 'PL', display: 'Low priority' },
}

const URGENCY_WORDS: Record<Urgency, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  soon: 'Soon',
}

export interface FlagContext {
  readonly enteredInError: boolean
  readonly subject: Reference
  readonly raisedAt: string
  readonly author: Reference | null
  readonly fullUrl: (flagId: string) => string
}

export function flagEntries(flags: readonly RedFlagResult[], context: FlagContext): BundleEntry[] {
  return flags.map((flag) => {
    const definition = redFlagDefinition(flag.id)
    return {
      fullUrl: context.fullUrl(flag.id),
      resource: {
        resourceType: 'Flag',
        extension: [
          {
            url: EXTENSIONS.flagPriority,
            valueCodeableConcept: {
              coding: [
                { system: SYSTEMS.flagPriority, ...PRIORITY[flag.urgency] },
                {
                  system: SYSTEMS.urgency,
                  code: flag.urgency,
                  display: URGENCY_WORDS[flag.urgency],
                },
              ],
              text: `${URGENCY_WORDS[flag.urgency]}: ${definition.advice}`,
            },
          },
        ],
        status: context.enteredInError ? 'entered-in-error' : 'active',
        category: [
          { coding: [{ system: SYSTEMS.flagCategory, code: 'clinical', display: 'Clinical' }] },
        ],
        code: {
          coding: [{ system: SYSTEMS.redFlag, code: flag.id, display: definition.name }],
          text: `${definition.name} (${URGENCY_WORDS[flag.urgency].toLowerCase()}): ${flag.evidence
            .map((evidence) => evidence.phrase)
            .join('; ')}`,
        },
        subject: context.subject,
        period: { start: context.raisedAt },
        ...(context.author ? { author: context.author } : {}),
      },
    }
  })
}
