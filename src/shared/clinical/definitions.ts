// The shape of the knowledge base. Causes and red flags are declared as data in causes/ and
// redFlags/; the engine (scoring.ts, assess.ts) only interprets these shapes, so adding or
// re-weighting a feature is an edit to a definition, never to control flow.
import type { AnswerKey } from '../intake/answers'
import type { Predicate } from './features'
import type { CauseId, RedFlagId, Tier, Urgency } from './ids'
import type { Truth } from './logic'

export interface SuggestedCode {
  code: string
  system: 'ICD-10-CM' | 'LOINC'
  label: string
}

/** A finding that adds points to a cause when its test is true. */
export interface CauseFeature {
  /** Shown to the clinician as the evidence line. */
  phrase: string
  /** The answers the test reads; listed as "unanswered" when the test cannot tell yet. */
  keys: readonly AnswerKey[]
  points: number
  test: Predicate
  /** Features in a named group can share a points cap (groupCaps) and be read by a tier rule. */
  group?: string
}

/** Tier from total points: likely at or above `likely`, possible at or above `possible`. */
export interface ThresholdTiering {
  kind: 'thresholds'
  likely: number
  possible: number
}

export interface TierRuleInput {
  /** Total points after group caps. */
  points: number
  /** Points per named group, after caps (0 for a group with no match). */
  groupPoints: Readonly<Record<string, number>>
  /** Whether the entry condition holds; undefined while its questions are unanswered. */
  gate: Truth
}

/** A declared special rule, for causes whose published criteria are not a points threshold. */
export interface RuleTiering {
  kind: 'rule'
  /** The rule in words, for the clinician's "why" panel. */
  description: string
  gate: {
    /** Shown when the gate keeps the tier down. */
    phrase: string
    keys: readonly AnswerKey[]
    test: Predicate
  }
  decide: (input: TierRuleInput) => Tier
}

/** "Never more than maxTier when ...": applies only when its test is true. */
export interface TierCap {
  phrase: string
  keys: readonly AnswerKey[]
  test: Predicate
  maxTier: Exclude<Tier, 'likely'>
}

export interface CauseDefinition {
  id: CauseId
  name: string
  /** Our own plain-English wording, one or two sentences. */
  description: string
  features: readonly CauseFeature[]
  groupCaps?: Readonly<Record<string, number>>
  tiering: ThresholdTiering | RuleTiering
  caps?: readonly TierCap[]
  citations: readonly string[]
  /** Suggested, verify before use. */
  codes: readonly SuggestedCode[]
}

/** One way a red flag can be raised; the flag is raised when any trigger is true. */
export interface RedFlagTrigger {
  phrase: string
  keys: readonly AnswerKey[]
  test: Predicate
}

export interface RedFlagDefinition {
  id: RedFlagId
  name: string
  urgency: Urgency
  /** What staff should do, in a few words. */
  advice: string
  triggers: readonly RedFlagTrigger[]
  citations: readonly string[]
}
