import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Handlers } from '../door/dispatcher'
import { ConflictError } from '../door/errors'
import { createExportSelection, writePrivateExport } from '../intakes/exportSelection'
import type { FhirExporter } from './fhirExporter'
import { bundleFileName, questionnaireFileName } from './fhirExporter'

/**
 * The CLI's export-fhir, through the door: which intakes an export covers, then one audited call
 * per Bundle, so each export in the trail names its intake and patient; and the Questionnaire
 * the Bundles answer, written beside them.
 */
export function createFhirConsoleHandlers(
  db: Database,
  exporter: FhirExporter,
): Pick<Handlers, 'fhir.exportPlan' | 'fhir.exportToFolder' | 'fhir.writeQuestionnaire'> {
  const selection = createExportSelection(
    db,
    (intakeId) =>
      new ConflictError(
        `Intake ${intakeId} is still a draft; only submitted intakes can be exported.`,
        { code: 'export_of_draft', params: { intakeId } },
      ),
  )

  return {
    'fhir.exportPlan': (request) =>
      selection.plan(request.selection, (intake) =>
        bundleFileName({ id: intake.id, visitDate: intake.visitDate }, intake),
      ),

    'fhir.exportToFolder': async ({ intakeId, folder, fileName }) => {
      const patientId = selection.submittedPatientId(intakeId)
      const { json } = await exporter.bundleFile(intakeId)
      const file = writePrivateExport(folder, fileName, json)
      return { intakeId, patientId, file }
    },

    'fhir.writeQuestionnaire': ({ folder }) => {
      const file = writePrivateExport(
        folder,
        questionnaireFileName(exporter.questionnaire),
        `${JSON.stringify(exporter.questionnaire, null, 2)}\n`,
      )
      return { file }
    },
  }
}
