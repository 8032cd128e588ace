import type { Assessment } from '../../shared/clinical/assessment'
import { causeDefinition } from '../../shared/clinical/assessment'
import type { FieldIssue } from '../../shared/contract/errors'
import { flaggedCauseIds, undecidedCauseIds } from '../../shared/review/decisions'
import type { CauseDecision } from '../../shared/review/decisions'
import { FieldValidationError } from '../door/errors'

/**
 * Decisions may only be about the causes the stored assessment flagged (likely or possible).
 * When `complete`, as for sign-off and amendments, every flagged cause needs a chosen decision,
 * so nothing is signed that the clinician did not look at ("leave open" is a choice).
 */
export function checkDecisions(
  assessment: Assessment,
  decisions: readonly CauseDecision[],
  complete: boolean,
): void {
  const flagged = new Set(flaggedCauseIds(assessment))
  const issues: FieldIssue[] = decisions.flatMap((decision, index) =>
    flagged.has(decision.causeId)
      ? []
      : [{ path: ['decisions', index, 'causeId'], message: 'This cause was not flagged' }],
  )
  if (complete) {
    for (const causeId of undecidedCauseIds(assessment, decisions)) {
      issues.push({
        path: ['decisions', causeId],
        message: `Choose confirm, rule out or leave open for ${causeDefinition(causeId).name}`,
      })
    }
  }
  if (issues.length > 0) throw new FieldValidationError(issues)
}
