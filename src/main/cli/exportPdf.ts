import { resolve } from 'node:path'
import type { Dispatch } from '../door/dispatcher'
import { consoleClient } from './consoleDoor'

export type ExportSelection =
  { readonly kind: 'one'; readonly intakeId: number } | { readonly kind: 'all' }

export interface ExportOptions {
  /** --full-answers: every question of the form appended after the two-page summary. */
  readonly fullAnswers?: boolean
}

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
 * Writes the PDF summary of one submitted intake, or of every one, into `outDir`, through the
 * one door as the console caller: one `summaries.exportToFolder` call per file, each recorded
 * in the audit trail with its intake and patient, shell `cli`.
 */
export async function exportPdfs(
  door: { readonly dispatch: Dispatch },
  outDir: string,
  selection: ExportSelection,
  onProgress: (done: number, total: number) => void = () => {},
  options: ExportOptions = {},
): Promise<ExportResult> {
  const api = consoleClient(door)
  const plan = await api.summaries.exportPlan({ selection })
  if (!plan.ok) throw new ExportError(plan.error.message)
  const folder = resolve(outDir)
  const used = new Set<string>()
  const files: string[] = []
  for (const [index, item] of plan.value.items.entries()) {
    // Two visits of one patient on one day would share a name: the later gets its intake number.
    const fileName = used.has(item.fileName)
      ? item.fileName.replace(/\.pdf$/, `-intake-${item.intakeId}.pdf`)
      : item.fileName
    used.add(fileName)
    const written = await api.summaries.exportToFolder({
      intakeId: item.intakeId,
      folder,
      fileName,
      fullAnswers: options.fullAnswers === true,
    })
    if (!written.ok) throw new ExportError(written.error.message)
    files.push(written.value.file)
    onProgress(index + 1, plan.value.items.length)
  }
  return { exported: files.length, skippedDrafts: plan.value.skippedDrafts, files }
}
