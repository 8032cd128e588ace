import { z } from 'zod'
import { defineChannel } from '../channel'
import { PatientIdSchema } from '../../patients/patient'
import {
  DraftListItemSchema,
  IntakeHistoryItemSchema,
  IntakeIdSchema,
  IntakeWithPatientSchema,
  SaveDraftResultSchema,
  SaveDraftSchema,
  StartIntakeSchema,
  SubmitIntakeSchema,
} from '../../intake/intakeRecord'

export const intakeChannels = {
  'intakes.start': defineChannel({
    input: StartIntakeSchema,
    output: IntakeWithPatientSchema,
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'create',
  }),
  'intakes.saveDraft': defineChannel({
    input: SaveDraftSchema,
    output: SaveDraftResultSchema,
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'update',
  }),
  'intakes.discardDraft': defineChannel({
    input: z.object({ id: IntakeIdSchema, version: z.int().positive() }),
    output: z.object({ id: IntakeIdSchema }),
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'update',
  }),
  'intakes.submit': defineChannel({
    input: SubmitIntakeSchema,
    output: IntakeWithPatientSchema,
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'update',
  }),
  'intakes.get': defineChannel({
    input: z.object({ id: IntakeIdSchema }),
    output: IntakeWithPatientSchema,
    roles: ['front_desk', 'clinician', 'admin'],
    audit: 'view',
  }),
  'intakes.listDrafts': defineChannel({
    input: z.object({ limit: z.int().min(1).max(200).default(50) }),
    output: z.object({ drafts: z.array(DraftListItemSchema) }),
    roles: ['front_desk', 'clinician', 'admin'],
  }),
  'intakes.historyForPatient': defineChannel({
    input: z.object({ patientId: PatientIdSchema }),
    output: z.object({ intakes: z.array(IntakeHistoryItemSchema) }),
    roles: ['front_desk', 'clinician', 'admin'],
  }),
} as const
