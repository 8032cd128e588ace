// The inputs and replies of the FHIR channels (issue 15). FHIR documents cross the one door as
// JSON text: the door checks the envelope here, and the main process reads the FHIR inside
// field by field, so a bad file gets a message naming the item, never a half-import.
import { z } from 'zod'
import { AbsolutePathSchema, ExportPlanRequestSchema } from '../console/console'
import { IntakeIdSchema } from '../intake/intakeRecord'
import { PatientIdSchema } from '../patients/patient'

/** Far above any QuestionnaireResponse for our questionnaire (a full one is ~20 000 chars). */
export const MAX_FHIR_IMPORT_CHARS = 300_000

export const FhirFileNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.json$/)

export const FhirBundleRequestSchema = z.object({ intakeId: IntakeIdSchema })

/** One intake's Bundle as JSON text, for the browser shell to save as a download. */
export const FhirBundleFileSchema = z.object({
  fileName: FhirFileNameSchema,
  json: z.string().min(2),
})
export type FhirBundleFile = z.infer<typeof FhirBundleFileSchema>

/** The desktop shell's save dialog: the person may cancel it. */
export const SaveFhirResultSchema = z.object({ outcome: z.enum(['saved', 'cancelled']) })

export const ImportResponseRequestSchema = z.object({
  patientId: PatientIdSchema,
  /** The QuestionnaireResponse file's text, exactly as read. */
  json: z
    .string({ error: 'Choose a QuestionnaireResponse file (JSON)' })
    .min(1, { error: 'The file is empty. Choose a QuestionnaireResponse file (JSON).' })
    .max(MAX_FHIR_IMPORT_CHARS, {
      error: 'This file is too large to be a QuestionnaireResponse for this intake form.',
    }),
})

/** The console's export: which intakes, the same selection as export-pdf. */
export const FhirExportPlanRequestSchema = ExportPlanRequestSchema

export const FhirExportPlanSchema = z.object({
  items: z.array(z.object({ intakeId: IntakeIdSchema, fileName: FhirFileNameSchema })),
  /** Drafts were never submitted: nothing to export; "all" passes over them and says how many. */
  skippedDrafts: z.int().nonnegative(),
})

export const FhirExportToFolderRequestSchema = z.object({
  intakeId: IntakeIdSchema,
  folder: AbsolutePathSchema,
  fileName: FhirFileNameSchema,
})

export const FhirQuestionnaireToFolderRequestSchema = z.object({ folder: AbsolutePathSchema })

export const FhirWrittenFileSchema = z.object({ file: z.string() })
