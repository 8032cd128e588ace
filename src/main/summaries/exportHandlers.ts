import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Handlers } from '../door/dispatcher'
import { ConflictError, NotFoundError } from '../door/errors'
import { summaryFileName } from './summaryFileName'
import type { SummaryService } from './summaryService'

interface ExportRow {
  id: number
  status: string
  visitDate: string
  recordNumber: string | null
  patientId: number
}

/**
 * The CLI's export-pdf, through the door: which intakes an export covers, then one audited call
 * per file, so each export in the trail names its intake and patient.
 */
export function createExportHandlers(
  db: Database,
  summaries: SummaryService,
): Pick<Handlers, 'summaries.exportPlan' | 'summaries.exportToFolder'> {
  const rows = db.prepare<[], ExportRow>(`
    SELECT i.id, i.status, i.visit_date AS visitDate, p.record_number AS recordNumber,
      i.patient_id AS patientId
    FROM intakes i JOIN patients p ON p.id = i.patient_id ORDER BY i.id`)
  const one = db.prepare<[number], { patientId: number; status: string }>(
    'SELECT patient_id AS patientId, status FROM intakes WHERE id = ?',
  )

  function submitted(intakeId: number): number {
    const intake = one.get(intakeId)
    if (!intake)
      throw new NotFoundError(`There is no intake number ${intakeId}.`, {
        code: 'intake_number_missing',
        params: { intakeId },
      })
    if (intake.status === 'draft' || intake.status === 'discarded') {
      throw new ConflictError(
        `Intake ${intakeId} is still a draft; only submitted intakes have a summary.`,
        { code: 'summary_of_draft', params: { intakeId } },
      )
    }
    return intake.patientId
  }

  return {
    'summaries.exportPlan': ({ selection }) => {
      const all = rows.all()
      const chosen =
        selection.kind === 'one' ? all.filter((row) => row.id === selection.intakeId) : all
      if (selection.kind === 'one') submitted(selection.intakeId)
      const items = chosen
        // A discarded draft is a draft that was never submitted; an intake entered in error
        // still has its summary, marked as such on every page.
        .filter((row) => row.status !== 'draft' && row.status !== 'discarded')
        .map((row) => ({
          intakeId: row.id,
          fileName: summaryFileName(
            { id: row.id, visitDate: row.visitDate },
            { recordNumber: row.recordNumber },
          ),
        }))
      return { items, skippedDrafts: chosen.length - items.length }
    },

    'summaries.exportToFolder': async ({ intakeId, folder, fileName, fullAnswers }) => {
      const patientId = submitted(intakeId)
      const { pdf } = await summaries.render(intakeId, { fullAnswers })
      mkdirSync(folder, { recursive: true })
      const file = join(folder, fileName)
      // 0600: a summary is a patient's record, readable by the account that exported it only.
      writeFileSync(file, pdf, { mode: 0o600 })
      chmodSync(file, 0o600)
      return { intakeId, patientId, file }
    },
  }
}
