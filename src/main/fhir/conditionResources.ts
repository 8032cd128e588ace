// The engine's flagged causes as Conditions, with the clinician's signed decision when there is
// one: likely -> provisional, possible -> differential, confirmed -> confirmed, ruled out ->
// refuted. Causes the rules did not flag but the clinician confirmed, and diagnoses outside the
// thirteen causes, are confirmed Conditions too. A review still in progress changes nothing.
import { causeDefinition } from '../../shared/clinical/assessment'
import type { CauseId, Tier } from '../../shared/clinical/ids'
import type { CauseDecision, OtherDiagnosis } from '../../shared/review/decisions'
import type { Review } from '../../shared/review/review'
import type { Annotation, BundleEntry, Coding, Reference } from './fhirTypes'
import { SYSTEMS } from './fhirSystems'
import type { SubmittedIntake } from './bundleRecord'

type Verification = 'provisional' | 'differential' | 'confirmed' | 'refuted' | 'entered-in-error'

export interface ConditionContext {
  readonly enteredInError: boolean
  readonly subject: Reference
  readonly response: Reference
  /** The clinician who signed (or last amended), when the review is signed. */
  readonly asserter: Reference | null
  readonly decidedAt: string | null
  readonly fullUrl: (what: string) => string
}

/** The review's current content: the last amendment's, else what was signed; null unsigned. */
export function signedContent(
  review: Review | null,
): { decisions: readonly CauseDecision[]; otherDiagnoses: readonly OtherDiagnosis[] } | null {
  if (review === null || review.status !== 'signed') return null
  return review.amendments.at(-1) ?? review
}

function verification(tier: Tier | null, decision: CauseDecision | undefined): Verification {
  if (decision?.decision === 'confirm') return 'confirmed'
  if (decision?.decision === 'rule_out') return 'refuted'
  return tier === 'likely' ? 'provisional' : 'differential'
}

function concept(system: string, code: string) {
  return { coding: [{ system, code }] }
}

function causeCodes(causeId: CauseId): Coding[] {
  const definition = causeDefinition(causeId)
  return [
    { system: SYSTEMS.cause, code: causeId, display: definition.name },
    ...definition.codes
      .filter((code) => code.system === 'ICD-10-CM')
      .map((code) => ({ system: SYSTEMS.icd10cm, code: code.code, display: code.label })),
  ]
}

function conditionResource(
  context: ConditionContext,
  status: Verification,
  code: { coding?: Coding[]; text: string },
  note: string,
) {
  const shown: Verification = context.enteredInError ? 'entered-in-error' : status
  const notes: Annotation[] = note.trim() ? [{ text: note }] : []
  const decided = status === 'confirmed' || status === 'refuted'
  return {
    resourceType: 'Condition',
    // A refuted or mistaken condition has no clinical status (FHIR invariants con-5).
    ...(shown === 'refuted' || shown === 'entered-in-error'
      ? {}
      : { clinicalStatus: concept(SYSTEMS.conditionClinical, 'active') }),
    verificationStatus: concept(SYSTEMS.conditionVerification, shown),
    category: [concept(SYSTEMS.conditionCategory, 'encounter-diagnosis')],
    code,
    subject: context.subject,
    ...(decided && context.decidedAt ? { recordedDate: context.decidedAt } : {}),
    ...(decided && context.asserter ? { asserter: context.asserter } : {}),
    evidence: [{ detail: [context.response] }],
    ...(notes.length ? { note: notes } : {}),
  }
}

export function conditionEntries(
  intake: SubmittedIntake,
  review: Review | null,
  context: ConditionContext,
): BundleEntry[] {
  const content = signedContent(review)
  const decisions = new Map((content?.decisions ?? []).map((d) => [d.causeId, d]))
  const flagged = intake.assessment.causes.filter((cause) => cause.tier !== 'unlikely')
  const flaggedIds = new Set(flagged.map((cause) => cause.id))
  const beyondFlags = [...decisions.values()].filter(
    (d) => !flaggedIds.has(d.causeId) && d.decision === 'confirm',
  )
  const causes = [
    ...flagged.map((cause) => ({ id: cause.id, tier: cause.tier as Tier | null })),
    ...beyondFlags.map((d) => ({ id: d.causeId, tier: null })),
  ]
  const causeEntries = causes.map(({ id, tier }) => {
    const decision = decisions.get(id)
    return {
      fullUrl: context.fullUrl(`cause:${id}`),
      resource: conditionResource(
        context,
        verification(tier, decision),
        { coding: causeCodes(id), text: causeDefinition(id).name },
        decision?.note ?? '',
      ),
    }
  })
  const otherEntries = (content?.otherDiagnoses ?? [])
    .filter((other) => other.text.trim() !== '')
    .map((other, index) => ({
      fullUrl: context.fullUrl(`other:${index}`),
      resource: conditionResource(context, 'confirmed', { text: other.text }, other.note),
    }))
  return [...causeEntries, ...otherEntries]
}
