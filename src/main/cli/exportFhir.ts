import { resolve } from 'node:path'
import type { Dispatch } from '../door/dispatcher'
import { consoleClient, errorText } from './consoleDoor'
import type { ExportSelection } from './exportPdf'
import { ExportError } from './exportPdf'

export interface FhirExportResult {
  readonly exported: number
  /** Drafts were never submitted; --all passes over them and says how many. */
  readonly skippedDrafts: number
  readonly files: readonly string[]
  /** The Questionnaire the Bundles answer, written beside them. */
  readonly questionnaireFile: string
}

/**
 * Writes the FHIR Bundle of one submitted intake, or of every one, into `outDir`, plus the
 * Questionnaire they answer, through the one door as the console caller: one audited
 * `fhir.exportToFolder` call per Bundle, each naming its intake and patient, shell `cli`.
 */
export async function exportFhirBundles(
  door: { readonly dispatch: Dispatch },
  outDir: string,
  selection: ExportSelection,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<FhirExportResult> {
  const api = consoleClient(door)
  const plan = await api.fhir.exportPlan({ selection })
  if (!plan.ok) throw new ExportError(errorText(plan.error))
  const folder = resolve(outDir)
  const written = await api.fhir.writeQuestionnaire({ folder })
  if (!written.ok) throw new ExportError(errorText(written.error))
  const used = new Set<string>()
  const files: string[] = []
  for (const [index, item] of plan.value.items.entries()) {
    // Two visits of one patient on one day would share a name: the later gets its intake number.
    const fileName = used.has(item.fileName)
      ? item.fileName.replace(/\.json$/, `-intake-${item.intakeId}.json`)
      : item.fileName
    used.add(fileName)
    const exported = await api.fhir.exportToFolder({ intakeId: item.intakeId, folder, fileName })
    if (!exported.ok) throw new ExportError(errorText(exported.error))
    files.push(exported.value.file)
    onProgress(index + 1, plan.value.items.length)
  }
  return {
    exported: files.length,
    skippedDrafts: plan.value.skippedDrafts,
    files,
    questionnaireFile: written.value.file,
  }
}
