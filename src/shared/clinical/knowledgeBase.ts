// Lookup of the knowledge base by id. Stored assessments keep only ids and numbers; names,
// descriptions, citations and codes are always read from here, so the review screen and the PDF
// show the wording of the definitions.
import { CAUSE_DEFINITIONS } from './causes'
import type { CauseDefinition, RedFlagDefinition } from './definitions'
import type { CauseId, RedFlagId } from './ids'
import { RED_FLAG_DEFINITIONS } from './redFlags'

export { CAUSE_DEFINITIONS, RED_FLAG_DEFINITIONS }

const causesById = new Map<CauseId, CauseDefinition>(
  CAUSE_DEFINITIONS.map((definition) => [definition.id, definition]),
)
const redFlagsById = new Map<RedFlagId, RedFlagDefinition>(
  RED_FLAG_DEFINITIONS.map((definition) => [definition.id, definition]),
)

export function causeDefinition(id: CauseId): CauseDefinition {
  const definition = causesById.get(id)
  // Unreachable while CAUSE_DEFINITIONS covers CAUSE_IDS (a unit test checks it).
  if (definition === undefined) throw new Error(`No definition for cause ${id}`)
  return definition
}

export function redFlagDefinition(id: RedFlagId): RedFlagDefinition {
  const definition = redFlagsById.get(id)
  if (definition === undefined) throw new Error(`No definition for red flag ${id}`)
  return definition
}

const maxPointsCache = new WeakMap<CauseDefinition, number>()

/** The most points a cause can score: every feature, with each group held to its cap. */
export function maxPointsOf(definition: CauseDefinition): number {
  const cached = maxPointsCache.get(definition)
  if (cached !== undefined) return cached
  const computed = computeMaxPoints(definition)
  maxPointsCache.set(definition, computed)
  return computed
}

function computeMaxPoints(definition: CauseDefinition): number {
  const groupTotals = new Map<string, number>()
  let ungrouped = 0
  for (const feature of definition.features) {
    if (feature.group === undefined) ungrouped += feature.points
    else groupTotals.set(feature.group, (groupTotals.get(feature.group) ?? 0) + feature.points)
  }
  let grouped = 0
  for (const [group, total] of groupTotals) {
    grouped += Math.min(total, definition.groupCaps?.[group] ?? total)
  }
  return ungrouped + grouped
}
