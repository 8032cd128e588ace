// Who stands behind the record: the member of staff who entered and submitted the answers
// (enterer) and the clinician who signed the review (attester), with any later amender (author).
import type { BundleEntry, Reference } from './fhirTypes'
import { SYSTEMS } from './fhirSystems'

export interface ProvenanceAgent {
  readonly role: 'enterer' | 'attester' | 'author'
  readonly who: Reference
}

const ROLE_DISPLAY: Record<ProvenanceAgent['role'], string> = {
  enterer: 'Enterer',
  attester: 'Attester',
  author: 'Author',
}

export function provenanceEntry(
  fullUrl: string,
  targets: readonly Reference[],
  recorded: string,
  agents: readonly ProvenanceAgent[],
): BundleEntry {
  return {
    fullUrl,
    resource: {
      resourceType: 'Provenance',
      target: targets,
      recorded,
      agent: agents.map((agent) => ({
        type: {
          coding: [
            {
              system: SYSTEMS.provenanceParticipant,
              code: agent.role,
              display: ROLE_DISPLAY[agent.role],
            },
          ],
        },
        who: agent.who,
      })),
    },
  }
}
