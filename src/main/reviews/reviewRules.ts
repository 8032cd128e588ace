import type { Assessment } from '../../shared/clinical/assessment'
import { causeDefinition } from '../../shared/clinical/assessment'
import type { FieldIssue } from '../../shared/contract/errors'
import { flaggedCauseIds, undecidedCauseIds } from '../../shared/review/decisions'
import type { CauseDecision, OtherDiagnosis } from '../../shared/review/decisions'
import { FieldValidationError } from '../door/errors'

/**
 * Decisions on the causes the stored assessment flagged (likely or possible) can be confirm, rule
 * out or leave open. Any other of the thirteen causes can be recorded as confirmed only, so that
 * what the rules missed is on the record. When `complete`, as for sign-off and amendments, every
 * flagged cause needs a chosen decision, so nothing is signed that the clinician did not look at
 * ("leave open" is a choice), and every other diagnosis needs its text.
 */
export function checkDecisions(
  assessment: Assessment,
  decisions: readonly CauseDecision[],
  complete: boolean,
  otherDiagnoses: readonly OtherDiagnosis[] = [],
): void {
  const flagged = new Set(flaggedCauseIds(assessment))
  const issues: FieldIssue[] = decisions.flatMap((decision, index) =>
    flagged.has(decision.causeId) ||
    decision.decision === 'confirm' ||
    (decision.decision === null && !complete)
      ? []
      : [
          {
            path: ['decisions', index, 'decision'],
            message: `The rules did not flag ${causeDefinition(decision.causeId).name}, so it can only be recorded as confirmed. Remove it if it was not confirmed.`,
          },
        ],
  )
  if (complete) {
    for (const causeId of undecidedCauseIds(assessment, decisions)) {
      issues.push({
        path: ['decisions', causeId],
        message: `Choose confirm, rule out or leave open for ${causeDefinition(causeId).name}`,
      })
    }
    otherDiagnoses.forEach((diagnosis, index) => {
      if (diagnosis.text.trim() === '') {
        issues.push({
          path: ['otherDiagnoses', index, 'text'],
          message: 'Write the other diagnosis, or remove the empty line',
        })
      }
    })
  }
  if (issues.length > 0) throw new FieldValidationError(issues)
}
