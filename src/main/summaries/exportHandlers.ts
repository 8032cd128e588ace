import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Handlers } from '../door/dispatcher'
import { ConflictError } from '../door/errors'
import { createExportSelection, writePrivateExport } from '../intakes/exportSelection'
import { summaryFileName } from './summaryFileName'
import type { SummaryService } from './summaryService'

/**
 * The CLI's export-pdf, through the door: which intakes an export covers, then one audited call
 * per file, so each export in the trail names its intake and patient.
 */
export function createExportHandlers(
  db: Database,
  summaries: SummaryService,
): Pick<Handlers, 'summaries.exportPlan' | 'summaries.exportToFolder'> {
  const selection = createExportSelection(
    db,
    (intakeId) =>
      new ConflictError(
        `Intake ${intakeId} is still a draft; only submitted intakes have a summary.`,
        { code: 'summary_of_draft', params: { intakeId } },
      ),
  )

  return {
    'summaries.exportPlan': (request) =>
      selection.plan(request.selection, (intake) =>
        summaryFileName({ id: intake.id, visitDate: intake.visitDate }, intake),
      ),

    'summaries.exportToFolder': async ({ intakeId, folder, fileName, fullAnswers }) => {
      const patientId = selection.submittedPatientId(intakeId)
      const { pdf } = await summaries.render(intakeId, { fullAnswers })
      const file = writePrivateExport(folder, fileName, pdf)
      return { intakeId, patientId, file }
    },
  }
}
