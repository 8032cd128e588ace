import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Handlers } from '../door/dispatcher'
import { ConflictError, NotFoundError } from '../door/errors'
import type { FhirExporter } from './fhirExporter'
import { bundleFileName, questionnaireFileName } from './fhirExporter'

interface ExportRow {
  id: number
  status: string
  visitDate: string
  recordNumber: string | null
}

/** 0600: an export is a patient's record, readable by the account that exported it only. */
function writePrivate(file: string, text: string): void {
  writeFileSync(file, text, { encoding: 'utf8', mode: 0o600 })
  chmodSync(file, 0o600)
}

/**
 * The CLI's export-fhir, through the door: which intakes an export covers, then one audited call
 * per Bundle, so each export in the trail names its intake and patient; and the Questionnaire
 * the Bundles answer, written beside them.
 */
export function createFhirConsoleHandlers(
  db: Database,
  exporter: FhirExporter,
): Pick<Handlers, 'fhir.exportPlan' | 'fhir.exportToFolder' | 'fhir.writeQuestionnaire'> {
  const rows = db.prepare<[], ExportRow>(`
    SELECT i.id, i.status, i.visit_date AS visitDate, p.record_number AS recordNumber
    FROM intakes i JOIN patients p ON p.id = i.patient_id ORDER BY i.id`)
  const one = db.prepare<[number], { patientId: number; status: string }>(
    'SELECT patient_id AS patientId, status FROM intakes WHERE id = ?',
  )
  const isDraft = (status: string) => status === 'draft' || status === 'discarded'

  function submitted(intakeId: number): number {
    const intake = one.get(intakeId)
    if (!intake)
      throw new NotFoundError(`There is no intake number ${intakeId}.`, {
        code: 'intake_number_missing',
        params: { intakeId },
      })
    if (isDraft(intake.status)) {
      throw new ConflictError(
        `Intake ${intakeId} is still a draft; only submitted intakes can be exported.`,
        { code: 'export_of_draft', params: { intakeId } },
      )
    }
    return intake.patientId
  }

  return {
    'fhir.exportPlan': ({ selection }) => {
      if (selection.kind === 'one') submitted(selection.intakeId)
      const all = rows.all()
      const chosen =
        selection.kind === 'one' ? all.filter((row) => row.id === selection.intakeId) : all
      const items = chosen
        .filter((row) => !isDraft(row.status))
        .map((row) => ({
          intakeId: row.id,
          fileName: bundleFileName({ id: row.id, visitDate: row.visitDate }, row),
        }))
      return { items, skippedDrafts: chosen.length - items.length }
    },

    'fhir.exportToFolder': async ({ intakeId, folder, fileName }) => {
      const patientId = submitted(intakeId)
      const { json } = await exporter.bundleFile(intakeId)
      mkdirSync(folder, { recursive: true })
      const file = join(folder, fileName)
      writePrivate(file, json)
      return { intakeId, patientId, file }
    },

    'fhir.writeQuestionnaire': ({ folder }) => {
      mkdirSync(folder, { recursive: true })
      const file = join(folder, questionnaireFileName(exporter.questionnaire))
      writePrivate(file, `${JSON.stringify(exporter.questionnaire, null, 2)}\n`)
      return { file }
    },
  }
}
