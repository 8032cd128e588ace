import { z } from 'zod'
import { defineChannel } from '../channel'
import { PATIENT_RECORD_ROLES } from '../roles'
import type { Role } from '../roles'
import { PatientIdSchema } from '../../patients/patient'
import {
  DraftListItemSchema,
  IntakeHistoryItemSchema,
  IntakeIdSchema,
  IntakeWithPatientSchema,
  MarkEnteredInErrorResultSchema,
  MarkEnteredInErrorSchema,
  SaveDraftResultSchema,
  SaveDraftSchema,
  StartIntakeSchema,
  SubmitIntakeSchema,
} from '../../intake/intakeRecord'

/**
 * Who may say a submitted intake is wrong: the clinicians who read it, and an administrator (for
 * an intake reported to them); front desk discards their own drafts instead.
 */
const ENTERED_IN_ERROR_ROLES: readonly Role[] = ['clinician', 'admin']

export const intakeChannels = {
  'intakes.start': defineChannel({
    input: StartIntakeSchema,
    output: IntakeWithPatientSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'create',
  }),
  'intakes.saveDraft': defineChannel({
    input: SaveDraftSchema,
    output: SaveDraftResultSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'update',
  }),
  'intakes.discardDraft': defineChannel({
    input: z.object({ id: IntakeIdSchema, version: z.int().positive() }),
    output: z.object({ id: IntakeIdSchema }),
    roles: PATIENT_RECORD_ROLES,
    audit: 'update',
  }),
  'intakes.submit': defineChannel({
    input: SubmitIntakeSchema,
    output: IntakeWithPatientSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'update',
  }),
  // Nothing is deleted: the intake is kept with who, when and why, and leaves every list.
  'intakes.markEnteredInError': defineChannel({
    input: MarkEnteredInErrorSchema,
    output: MarkEnteredInErrorResultSchema,
    roles: ENTERED_IN_ERROR_ROLES,
    audit: 'entered_in_error',
  }),
  'intakes.get': defineChannel({
    input: z.object({ id: IntakeIdSchema }),
    output: IntakeWithPatientSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'view',
  }),
  'intakes.listDrafts': defineChannel({
    input: z.object({ limit: z.int().min(1).max(200).default(50) }),
    output: z.object({ drafts: z.array(DraftListItemSchema) }),
    roles: PATIENT_RECORD_ROLES,
    // Lists of patients' intakes are views too: with the count, and the patient where one.
    audit: 'view',
  }),
  'intakes.historyForPatient': defineChannel({
    input: z.object({ patientId: PatientIdSchema }),
    output: z.object({ intakes: z.array(IntakeHistoryItemSchema) }),
    roles: PATIENT_RECORD_ROLES,
    audit: 'view',
  }),
} as const
