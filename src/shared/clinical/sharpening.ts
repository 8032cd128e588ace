// Which unanswered questions would sharpen an assessment most. The intake review step lists
// unanswered questions in this order so staff ask the ones that matter first.
import { ANSWER_KEYS, type AnswerKey } from '../intake/answers'
import type { Assessment, CauseResult } from './assessment'
import type { CauseDefinition } from './definitions'
import { causeDefinition } from './knowledgeBase'

// How much a question matters to a cause, by where the cause stands. A possible cause is the
// open question a clinician most needs settled; an unlikely one that the answer could lift over
// its threshold comes next; a likely cause is already flagged.
const WEIGHT_POSSIBLE = 3
const WEIGHT_WITHIN_REACH = 2
const WEIGHT_LIKELY = 1
const WEIGHT_FAR = 0.5

/** Points the answer to `key` could still add to the cause (at least 1 for a gate question). */
function potentialGain(definition: CauseDefinition, cause: CauseResult, key: AnswerKey): number {
  const reading = definition.features
    .filter((feature) => feature.keys.includes(key))
    .reduce((sum, feature) => sum + feature.points, 0)
  return Math.max(1, Math.min(reading, cause.maxPoints - cause.points))
}

function weight(definition: CauseDefinition, cause: CauseResult, gain: number): number {
  if (cause.tier === 'possible') return WEIGHT_POSSIBLE
  if (cause.tier === 'likely') return WEIGHT_LIKELY
  const tiering = definition.tiering
  const reachable = tiering.kind === 'rule' || cause.points + gain >= tiering.possible
  return reachable ? WEIGHT_WITHIN_REACH : WEIGHT_FAR
}

/**
 * Unanswered questions, most useful first: questions that could raise a red flag come first (in
 * the order the assessment lists them, most urgent flag first), then the questions behind the
 * causes, by the points they could add weighted by how close each cause is to a threshold. Ties
 * keep the question order of the form.
 */
export function rankUnansweredKeys(assessment: Assessment): AnswerKey[] {
  const redFlagKeys = [...new Set(assessment.unansweredRedFlagKeys)]
  const scores = new Map<AnswerKey, number>()
  for (const cause of assessment.causes) {
    const definition = causeDefinition(cause.id)
    for (const key of cause.unansweredKeys) {
      const gain = potentialGain(definition, cause, key)
      scores.set(key, (scores.get(key) ?? 0) + gain * weight(definition, cause, gain))
    }
  }
  const causeKeys = ANSWER_KEYS.filter((key) => scores.has(key) && !redFlagKeys.includes(key))
  // Array.prototype.sort is stable: equal scores keep the form's question order.
  causeKeys.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0))
  return [...redFlagKeys, ...causeKeys]
}
