import type { Assessment } from '../../shared/clinical/assessment'
import { contract } from '../../shared/contract/channels'
import type { CallContext, Handlers } from '../door/dispatcher'
import { ConflictError } from '../door/errors'
import type { IntakeRepository } from '../intakes/intakeRepository'
import type { PatientRepository } from '../patients/patientRepository'
import { currentAssessmentIfChanged } from './currentAssessment'
import type { ReviewRepository } from './reviewRepository'
import { checkDecisions } from './reviewRules'
import type { WorklistRepository } from './worklistRepository'

type ReviewChannels =
  'reviews.worklist' | 'reviews.get' | 'reviews.saveDraft' | 'reviews.signOff' | 'reviews.amend'

export interface ReviewServices {
  readonly reviews: ReviewRepository
  readonly worklist: WorklistRepository
  readonly intakes: IntakeRepository
  readonly patients: PatientRepository
}

/** Who wrote a review and when, against which engine version: stored with every save and sign-off. */
function stampFor(now: () => Date) {
  return (context: CallContext, engineVersion: string) => ({
    now: now().toISOString(),
    userId: context.user?.id ?? null,
    userName: context.user?.displayName ?? null,
    engineVersion,
  })
}

export function createReviewHandlers(
  { reviews, worklist, intakes, patients }: ReviewServices,
  now: () => Date,
): Pick<Handlers, ReviewChannels> {
  const stamp = stampFor(now)

  /** The assessment stored at submit: the one a review decides on and signs. */
  function storedAssessment(intakeId: number): Assessment {
    const intake = intakes.get(intakeId)
    if (intake.assessment === null) {
      throw new ConflictError('This intake has not been submitted yet, so it cannot be reviewed.', {
        code: 'review_not_submitted',
      })
    }
    return intake.assessment
  }

  return {
    'reviews.worklist': (query) => worklist.page(query),

    'reviews.get': ({ intakeId }, context) => {
      const intake = intakes.get(intakeId)
      if (intake.assessment === null) {
        throw new ConflictError(
          'This intake has not been submitted yet, so it cannot be reviewed.',
          { code: 'review_not_submitted' },
        )
      }
      const patient = patients.get(intake.patientId)
      return {
        intake,
        patient,
        review: reviews.getByIntake(intakeId),
        currentAssessment: currentAssessmentIfChanged(intake, patient),
        // The same rule the one door applies to sign-off, so the screen never offers a refusal.
        // Nothing is decided on an intake entered in error.
        canDecide:
          intake.status !== 'entered_in_error' &&
          context.user !== null &&
          contract['reviews.signOff'].roles.includes(context.user.role),
      }
    },

    'reviews.saveDraft': (
      { intakeId, version, decisions, otherDiagnoses, clinicalNote },
      context,
    ) => {
      const assessment = storedAssessment(intakeId)
      checkDecisions(assessment, decisions, false, otherDiagnoses)
      return reviews.saveDraft(
        intakeId,
        version,
        { decisions, otherDiagnoses, clinicalNote },
        stamp(context, assessment.engineVersion),
      )
    },

    'reviews.signOff': (
      { intakeId, version, decisions, otherDiagnoses, clinicalNote },
      context,
    ) => {
      const assessment = storedAssessment(intakeId)
      checkDecisions(assessment, decisions, true, otherDiagnoses)
      return reviews.signOff(
        intakeId,
        version,
        { decisions, otherDiagnoses, clinicalNote },
        stamp(context, assessment.engineVersion),
      )
    },

    'reviews.amend': (
      { intakeId, basedOnAmendmentId, reason, decisions, otherDiagnoses, clinicalNote },
      context,
    ) => {
      checkDecisions(storedAssessment(intakeId), decisions, true, otherDiagnoses)
      return reviews.amend(
        intakeId,
        basedOnAmendmentId,
        reason,
        { decisions, otherDiagnoses, clinicalNote },
        {
          now: now().toISOString(),
          userId: context.user?.id ?? null,
          userName: context.user?.displayName ?? null,
        },
      )
    },
  }
}
