// Interprets one cause or red-flag definition against the answers. All clinical content lives in
// the definitions; this file only knows how features, groups, caps, gates and triggers work.
import { ANSWER_KEYS, type AnswerKey, type Answers } from '../intake/answers'
import type { PatientContext } from '../intake/patientContext'
import type { CauseResult, Evidence, RedFlagEvidence, TierLimit } from './assessment'
import type {
  CauseDefinition,
  CauseFeature,
  RedFlagDefinition,
  ThresholdTiering,
  TierRuleInput,
} from './definitions'
import { type Tier, tierRank } from './ids'
import { maxPointsOf } from './knowledgeBase'

function unanswered(answers: Answers, keys: readonly AnswerKey[]): AnswerKey[] {
  return keys.filter((key) => answers[key] === undefined)
}

const answerOrder = new Map<AnswerKey, number>(ANSWER_KEYS.map((key, index) => [key, index]))

/** Keys in SPEC (question) order, so lists of questions read like the form. */
export function inAnswerOrder(keys: Iterable<AnswerKey>): AnswerKey[] {
  return [...keys].sort((a, b) => (answerOrder.get(a) ?? 0) - (answerOrder.get(b) ?? 0))
}

function thresholdTier(points: number, tiering: ThresholdTiering): Tier {
  if (points >= tiering.likely) return 'likely'
  if (points >= tiering.possible) return 'possible'
  return 'unlikely'
}

function capNote(counted: number, cap: number | undefined): string {
  const limit = `the limit of ${cap ?? 0} points for these features is reached`
  return counted === 0 ? `not counted: ${limit}` : `partly counted: ${limit}`
}

function lower(tier: Tier, cap: Tier): Tier {
  return tierRank(tier) < tierRank(cap) ? cap : tier
}

export function scoreCause(
  definition: CauseDefinition,
  patient: PatientContext,
  answers: Answers,
): CauseResult {
  const evidence: Evidence[] = []
  const unansweredKeys = new Set<AnswerKey>()
  const groupPoints: Record<string, number> = {}
  let points = 0

  const undetermined: CauseFeature[] = []
  for (const feature of definition.features) {
    const result = feature.test(patient, answers)
    if (result === undefined) undetermined.push(feature)
    if (result !== true) continue
    const group = feature.group
    const groupSoFar = group === undefined ? 0 : (groupPoints[group] ?? 0)
    const cap = group === undefined ? undefined : definition.groupCaps?.[group]
    const counted =
      cap === undefined ? feature.points : Math.max(0, Math.min(feature.points, cap - groupSoFar))
    if (group !== undefined) groupPoints[group] = groupSoFar + counted
    points += counted
    evidence.push({
      // Keep a matched feature visible even when its group is full, but say it did not count.
      phrase:
        counted < feature.points ? `${feature.phrase} (${capNote(counted, cap)})` : feature.phrase,
      keys: [...feature.keys],
      points: counted,
    })
  }

  // An unanswered question is worth asking only if its feature could still add points: not when
  // the feature's group has already reached its cap.
  for (const feature of undetermined) {
    const group = feature.group
    const cap = group === undefined ? undefined : definition.groupCaps?.[group]
    const full = group !== undefined && cap !== undefined && (groupPoints[group] ?? 0) >= cap
    if (!full) for (const key of unanswered(answers, feature.keys)) unansweredKeys.add(key)
  }

  const limits: TierLimit[] = []
  let tier: Tier
  const tiering = definition.tiering
  if (tiering.kind === 'thresholds') {
    tier = thresholdTier(points, tiering)
  } else {
    const input: TierRuleInput = { points, groupPoints, gate: tiering.gate.test(patient, answers) }
    tier = tiering.decide(input)
    if (
      input.gate !== true &&
      tierRank(tiering.decide({ ...input, gate: true })) < tierRank(tier)
    ) {
      limits.push({ phrase: tiering.gate.phrase, keys: [...tiering.gate.keys] })
    }
    // The gate's questions cannot add points but can lift the tier, so they sharpen the picture.
    if (input.gate === undefined) {
      for (const key of unanswered(answers, tiering.gate.keys)) unansweredKeys.add(key)
    }
  }

  for (const cap of definition.caps ?? []) {
    if (cap.test(patient, answers) !== true) continue
    const capped = lower(tier, cap.maxTier)
    if (capped !== tier) {
      limits.push({ phrase: cap.phrase, keys: [...cap.keys] })
      tier = capped
    }
  }

  return {
    id: definition.id,
    tier,
    points,
    maxPoints: maxPointsOf(definition),
    evidence,
    unansweredKeys: inAnswerOrder(unansweredKeys),
    limits,
  }
}

export interface RedFlagCheck {
  raised: boolean
  evidence: RedFlagEvidence[]
  /** Unanswered questions of triggers that cannot be decided yet. */
  unansweredKeys: AnswerKey[]
}

export function checkRedFlag(
  definition: RedFlagDefinition,
  patient: PatientContext,
  answers: Answers,
): RedFlagCheck {
  const evidence: RedFlagEvidence[] = []
  const unansweredKeys = new Set<AnswerKey>()
  for (const trigger of definition.triggers) {
    const result = trigger.test(patient, answers)
    if (result === true) evidence.push({ phrase: trigger.phrase, keys: [...trigger.keys] })
    else if (result === undefined) {
      for (const key of unanswered(answers, trigger.keys)) unansweredKeys.add(key)
    }
  }
  return { raised: evidence.length > 0, evidence, unansweredKeys: inAnswerOrder(unansweredKeys) }
}
