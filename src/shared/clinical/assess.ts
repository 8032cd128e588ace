// The assessment engine: patient context + answers -> flagged causes and red flags. Pure and
// deterministic (no clock, no randomness, no I/O), so a stored assessment can be reproduced from
// its inputs and engine version.
import type { AnswerKey, Answers } from '../intake/answers'
import type { PatientContext } from '../intake/patientContext'
import { type Assessment, type CauseResult, ENGINE_VERSION, type RedFlagResult } from './assessment'
import { CAUSE_IDS, type HighestUrgency, tierRank, urgencyRank } from './ids'
import { CAUSE_DEFINITIONS, RED_FLAG_DEFINITIONS } from './knowledgeBase'
import { checkRedFlag, scoreCause } from './scoring'

const specOrder = new Map(CAUSE_IDS.map((id, index) => [id, index]))

function share(cause: CauseResult): number {
  return cause.maxPoints > 0 ? cause.points / cause.maxPoints : 0
}

/** Tier first, then points as a share of the maximum, then SPEC order. */
function compareCauses(a: CauseResult, b: CauseResult): number {
  return (
    tierRank(a.tier) - tierRank(b.tier) ||
    share(b) - share(a) ||
    (specOrder.get(a.id) ?? 0) - (specOrder.get(b.id) ?? 0)
  )
}

// Red-flag definitions sorted once by urgency; Array.prototype.sort is stable, so SPEC order
// holds within an urgency.
const RED_FLAGS_BY_URGENCY = [...RED_FLAG_DEFINITIONS].sort(
  (a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency),
)

export function assess(patient: PatientContext, answers: Answers): Assessment {
  const causes = CAUSE_DEFINITIONS.map((definition) => scoreCause(definition, patient, answers))
  causes.sort(compareCauses)

  const redFlags: RedFlagResult[] = []
  const unansweredRedFlagKeys = new Set<AnswerKey>()
  for (const definition of RED_FLAGS_BY_URGENCY) {
    const check = checkRedFlag(definition, patient, answers)
    if (check.raised) {
      redFlags.push({ id: definition.id, urgency: definition.urgency, evidence: check.evidence })
    } else {
      for (const key of check.unansweredKeys) unansweredRedFlagKeys.add(key)
    }
  }

  const highestUrgency: HighestUrgency = redFlags[0]?.urgency ?? 'none'
  return {
    engineVersion: ENGINE_VERSION,
    causes,
    redFlags,
    highestUrgency,
    unansweredRedFlagKeys: [...unansweredRedFlagKeys],
  }
}
