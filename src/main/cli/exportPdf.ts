import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Core } from '../core'
import { createUserRepository } from '../auth/userRepository'
import { createIntakeRepository } from '../intakes/intakeRepository'
import { createPatientRepository } from '../patients/patientRepository'
import { createReviewRepository } from '../reviews/reviewRepository'
import { createSettingsRepository } from '../settings/settingsRepository'
import { createSummaryService } from '../summaries/summaryService'

export type ExportSelection =
  { readonly kind: 'one'; readonly intakeId: number } | { readonly kind: 'all' }

export interface ExportResult {
  readonly exported: number
  /** Drafts have no summary; --all passes over them and says how many. */
  readonly skippedDrafts: number
  readonly files: readonly string[]
}

/** A refusal the person can act on (wrong id, a draft); printed without a stack. */
export class ExportError extends Error {
  override readonly name = 'ExportError'
}

/**
 * Writes the PDF summary of one submitted intake, or of every one, into `outDir`. Each export is
 * recorded in the audit trail as the app's own exports are, with the CLI as the shell.
 */
export async function exportPdfs(
  core: Core,
  outDir: string,
  selection: ExportSelection,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ExportResult> {
  const intakes = createIntakeRepository(core.db)
  const users = createUserRepository(core.db)
  const summaries = createSummaryService(
    {
      intakes,
      patients: createPatientRepository(core.db),
      reviews: createReviewRepository(core.db),
      settings: createSettingsRepository(core.db),
      personName: (id) => users.find(id)?.displayName ?? null,
    },
    () => new Date(),
  )

  const rows = core.db
    .prepare<[], { id: number; status: string }>('SELECT id, status FROM intakes ORDER BY id')
    .all()
  let ids: number[]
  let skippedDrafts = 0
  if (selection.kind === 'one') {
    const row = rows.find((candidate) => candidate.id === selection.intakeId)
    if (!row) throw new ExportError(`There is no intake number ${selection.intakeId}.`)
    if (row.status === 'draft') {
      throw new ExportError(
        `Intake ${selection.intakeId} is still a draft; only submitted intakes have a summary.`,
      )
    }
    ids = [row.id]
  } else {
    ids = rows.filter((row) => row.status !== 'draft').map((row) => row.id)
    skippedDrafts = rows.length - ids.length
  }

  const dir = resolve(outDir)
  mkdirSync(dir, { recursive: true })
  const used = new Set<string>()
  const files: string[] = []
  for (const [index, intakeId] of ids.entries()) {
    const { fileName, pdf } = await summaries.render(intakeId)
    // Two visits of one patient on one day would share a name: the later gets its intake number.
    const unique = used.has(fileName)
      ? fileName.replace(/\.pdf$/, `-intake-${intakeId}.pdf`)
      : fileName
    used.add(unique)
    const path = join(dir, unique)
    writeFileSync(path, pdf)
    core.audit.append({
      user: null,
      shell: 'cli',
      action: 'export',
      channel: null,
      entityType: 'intake',
      entityId: intakeId,
      patientId: intakes.get(intakeId).patientId,
      outcome: 'ok',
    })
    files.push(path)
    onProgress(index + 1, ids.length)
  }
  return { exported: files.length, skippedDrafts, files }
}
