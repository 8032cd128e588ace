import { defineChannel } from '../channel'
import { PATIENT_RECORD_ROLES } from '../roles'
import {
  AmendReviewSchema,
  ReviewRefSchema,
  ReviewSchema,
  ReviewScreenSchema,
  SaveReviewDraftSchema,
  SignOffSchema,
} from '../../review/review'
import { WorklistPageSchema, WorklistQuerySchema } from '../../review/worklist'

// Reading: clinicians work from the worklist; the front desk may see the queue too, so they can
// tell a patient how things stand and chase an emergency nobody has opened. The review itself
// (the full assessment and the clinician's decisions) is part of the record staff print in the
// summary. Deciding, signing and amending are for clinicians only. Administrators do not see
// patient records (see PATIENT_RECORD_ROLES).
export const reviewChannels = {
  'reviews.worklist': defineChannel({
    input: WorklistQuerySchema,
    output: WorklistPageSchema,
    roles: PATIENT_RECORD_ROLES,
    // The worklist shows patients: recorded as a view with how many rows it showed.
    audit: 'view',
  }),
  'reviews.get': defineChannel({
    input: ReviewRefSchema,
    output: ReviewScreenSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'view',
  }),
  'reviews.saveDraft': defineChannel({
    input: SaveReviewDraftSchema,
    output: ReviewSchema,
    roles: ['clinician'],
    audit: 'update',
  }),
  'reviews.signOff': defineChannel({
    input: SignOffSchema,
    output: ReviewSchema,
    roles: ['clinician'],
    audit: 'sign',
  }),
  'reviews.amend': defineChannel({
    input: AmendReviewSchema,
    output: ReviewSchema,
    roles: ['clinician'],
    audit: 'amend',
  }),
} as const
