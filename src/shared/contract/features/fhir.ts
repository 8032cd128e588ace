import { defineChannel } from '../channel'
import { PATIENT_RECORD_ROLES } from '../roles'
import { ExportedFileSchema } from '../../console/console'
import {
  FhirBundleFileSchema,
  FhirBundleRequestSchema,
  FhirExportPlanRequestSchema,
  FhirExportPlanSchema,
  FhirExportToFolderRequestSchema,
  FhirQuestionnaireToFolderRequestSchema,
  FhirWrittenFileSchema,
  ImportResponseRequestSchema,
  SaveFhirResultSchema,
} from '../../fhir/fhirExchange'
import { IntakeWithPatientSchema } from '../../intake/intakeRecord'

/**
 * FHIR R4 in and out (issue 15). An export is a patient's record leaving the app, audited like a
 * PDF export; an import makes a draft intake, audited as a create.
 */
export const fhirChannels = {
  /** One submitted intake as a FHIR Bundle (JSON text), for the browser shell's download. */
  'fhir.exportBundle': defineChannel({
    input: FhirBundleRequestSchema,
    output: FhirBundleFileSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'export',
  }),
  /** Desktop shell only: the same Bundle saved through the system's save dialog. */
  'fhir.saveBundleToFile': defineChannel({
    input: FhirBundleRequestSchema,
    output: SaveFhirResultSchema,
    roles: PATIENT_RECORD_ROLES,
    audit: 'export',
  }),
  /**
   * A QuestionnaireResponse for our Questionnaire (a patient portal, another form tool) becomes a
   * draft intake of an existing patient for the front desk to check and submit; nothing is
   * imported unless every item is right.
   */
  'fhir.importResponse': defineChannel({
    input: ImportResponseRequestSchema,
    output: IntakeWithPatientSchema,
    roles: ['front_desk'],
    audit: 'create',
  }),
  /** Console (CLI): which intakes an export covers, and their file names. */
  'fhir.exportPlan': defineChannel({
    input: FhirExportPlanRequestSchema,
    output: FhirExportPlanSchema,
    roles: [],
    console: true,
  }),
  /** Console (CLI): writes one intake's Bundle into a folder on the server (0600). */
  'fhir.exportToFolder': defineChannel({
    input: FhirExportToFolderRequestSchema,
    output: ExportedFileSchema,
    roles: [],
    console: true,
    audit: 'export',
  }),
  /** Console (CLI): writes the Questionnaire the Bundles answer beside them (no patient data). */
  'fhir.writeQuestionnaire': defineChannel({
    input: FhirQuestionnaireToFolderRequestSchema,
    output: FhirWrittenFileSchema,
    roles: [],
    console: true,
  }),
} as const
