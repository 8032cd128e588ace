import { causeDefinition } from '../../shared/clinical/assessment'
import type { CauseId } from '../../shared/clinical/ids'
import type { CauseDecision, Decision, OtherDiagnosis } from '../../shared/review/decisions'
import type { Review } from '../../shared/review/review'
import { summaryTexts } from './summaryTexts'

/**
 * One version of what the clinician wrote: a decision per flagged cause, then the causes the rules
 * did not flag and other diagnoses the clinician confirmed, and the note.
 */
export interface ReviewContentForSummary {
  readonly decisions: readonly {
    /** The cause the decision is about, by name. */
    readonly subject: string
    readonly decision: string
    readonly comment: string | null
  }[]
  readonly note: string
}

/**
 * What the summary prints about a clinician's review, in words ready to print. Null means "no
 * signed-off review", which prints as NOT YET REVIEWED: a review still in progress is not part of
 * the record, so its draft decisions never reach paper.
 */
export interface ReviewForSummary {
  readonly signedBy: string
  /** ISO time of the sign-off. */
  readonly signedAt: string
  /** As signed; amendments never change it. */
  readonly signed: ReviewContentForSummary
  /** Oldest first; the last one is the current content. */
  readonly amendments: readonly {
    readonly at: string
    readonly by: string
    readonly reason: string
    readonly content: ReviewContentForSummary
  }[]
}

const texts = summaryTexts.review

function decisionLabel(decision: Decision | null): string {
  return decision === null ? texts.decisionLabels.none : texts.decisionLabels[decision]
}

/**
 * The person as named when they acted (kept with the signature), else the account's current
 * name, else its number; nobody recorded means the app ran without sign-in.
 */
function personLabel(
  userId: number | null,
  nameWhenActed: string | null,
  personName: PersonName,
): string {
  if (nameWhenActed) return nameWhenActed
  if (userId === null) return texts.unknownPerson
  return personName(userId) ?? texts.userNumber(userId)
}

export type PersonName = (userId: number) => string | null

function commentOf(note: string): string | null {
  return note.trim() === '' ? null : note
}

function contentForSummary(
  content: {
    decisions: readonly CauseDecision[]
    otherDiagnoses: readonly OtherDiagnosis[]
    clinicalNote: string
  },
  flagged: ReadonlySet<CauseId>,
): ReviewContentForSummary {
  // Flagged causes first, then what the rules missed, so the paper reads like the screen.
  const onFlagged = content.decisions.filter((item) => flagged.has(item.causeId))
  const beyondFlags = content.decisions.filter((item) => !flagged.has(item.causeId))
  return {
    decisions: [
      ...onFlagged.map((item) => ({
        subject: causeDefinition(item.causeId).name,
        decision: decisionLabel(item.decision),
        comment: commentOf(item.note),
      })),
      ...beyondFlags.map((item) => ({
        subject: texts.notFlaggedCause(causeDefinition(item.causeId).name),
        decision: decisionLabel(item.decision),
        comment: commentOf(item.note),
      })),
      ...content.otherDiagnoses.map((item) => ({
        subject: texts.otherDiagnosis(item.text),
        decision: texts.decisionLabels.confirm,
        comment: commentOf(item.note),
      })),
    ],
    note: content.clinicalNote,
  }
}

/** The review feature's record as the summary prints it; null unless it is signed. */
export function reviewForSummary(
  review: Review | null,
  personName: PersonName,
  flaggedCauses: readonly CauseId[],
): ReviewForSummary | null {
  const flagged = new Set(flaggedCauses)
  if (review === null || review.status !== 'signed' || review.signedAt === null) return null
  return {
    signedBy: personLabel(review.signedBy, review.signedByName, personName),
    signedAt: review.signedAt,
    signed: contentForSummary(review, flagged),
    amendments: review.amendments.map((amendment) => ({
      at: amendment.amendedAt,
      by: personLabel(amendment.amendedBy, amendment.amendedByName, personName),
      reason: amendment.reason,
      content: contentForSummary(amendment, flagged),
    })),
  }
}
