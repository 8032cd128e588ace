// Which intakes a console export (export-pdf, export-fhir) covers, and the file it writes: one
// place for both, so the PDF and the FHIR exports agree on what counts as submitted.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { z } from 'zod'
import type { ExportPlanRequestSchema } from '../../shared/console/console'
import type { ConflictError } from '../door/errors'
import { NotFoundError } from '../door/errors'

type Selection = z.infer<typeof ExportPlanRequestSchema>['selection']

/** What an export's file name is made of. */
export interface ExportableIntake {
  readonly id: number
  readonly visitDate: string
  readonly recordNumber: string | null
}

interface Row extends ExportableIntake {
  readonly status: string
}

/** A draft (or a draft discarded) was never submitted; an intake entered in error was. */
const neverSubmitted = (status: string) => status === 'draft' || status === 'discarded'

/**
 * `draftRefused` is the exporter's own words for asking to export a draft (a summary and a
 * Bundle say it differently).
 */
export function createExportSelection(
  db: Database,
  draftRefused: (intakeId: number) => ConflictError,
) {
  const rows = db.prepare<[], Row>(`
    SELECT i.id, i.status, i.visit_date AS visitDate, p.record_number AS recordNumber
    FROM intakes i JOIN patients p ON p.id = i.patient_id ORDER BY i.id`)
  const one = db.prepare<[number], { patientId: number; status: string }>(
    'SELECT patient_id AS patientId, status FROM intakes WHERE id = ?',
  )

  /** The patient of a submitted intake; refused for a missing intake or a draft. */
  function submittedPatientId(intakeId: number): number {
    const intake = one.get(intakeId)
    if (!intake)
      throw new NotFoundError(`There is no intake number ${intakeId}.`, {
        code: 'intake_number_missing',
        params: { intakeId },
      })
    if (neverSubmitted(intake.status)) throw draftRefused(intakeId)
    return intake.patientId
  }

  /** The submitted intakes of a selection with their file names; "all" counts the drafts it skips. */
  function plan(selection: Selection, fileName: (intake: ExportableIntake) => string) {
    if (selection.kind === 'one') submittedPatientId(selection.intakeId)
    const all = rows.all()
    const chosen =
      selection.kind === 'one' ? all.filter((row) => row.id === selection.intakeId) : all
    const items = chosen
      .filter((row) => !neverSubmitted(row.status))
      .map((row) => ({ intakeId: row.id, fileName: fileName(row) }))
    return { items, skippedDrafts: chosen.length - items.length }
  }

  return { submittedPatientId, plan }
}

/** Writes an exported file 0600: it is a patient's record, for the exporting account only. */
export function writePrivateExport(
  folder: string,
  fileName: string,
  content: string | Uint8Array,
): string {
  mkdirSync(folder, { recursive: true })
  const file = join(folder, fileName)
  writeFileSync(file, content, { mode: 0o600 })
  chmodSync(file, 0o600)
  return file
}
