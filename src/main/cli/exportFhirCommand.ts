import { withConsoleDoor } from './consoleDoor'
import type { ExportSelection } from './exportPdf'
import type { ExportPdfFlags } from './exportPdfCommand'
import { exportSelection } from './exportPdfCommand'
import { exportFhirBundles } from './exportFhir'
import { printExportedFiles, runExportWithProgress } from './exportProgress'

/** Reads --out and --intake ID | --all, as export-pdf does; a string is the problem to report. */
export function fhirExportSelection(
  flags: ExportPdfFlags,
): { outDir: string; selection: ExportSelection } | string {
  if (!flags.out) return 'Give --out DIR: the folder to write the FHIR files into.'
  const chosen = exportSelection(flags)
  // The same --intake / --all rules as export-pdf; its PDF-only options do not apply here.
  return typeof chosen === 'string'
    ? chosen
    : { outDir: chosen.outDir, selection: chosen.selection }
}

/**
 * `export-fhir --data-dir DIR --out DIR (--intake ID | --all)`. Progress goes to stderr (one
 * updating line on a terminal, a line per tenth otherwise), the result to stdout.
 */
export async function runExportFhir(
  dataDir: string,
  outDir: string,
  selection: ExportSelection,
): Promise<number> {
  return runExportWithProgress(
    (onProgress) =>
      withConsoleDoor(dataDir, { mayCreate: false }, (_api, door) =>
        exportFhirBundles(door, outDir, selection, onProgress),
      ),
    (result) => {
      printExportedFiles(result, outDir, {
        plural: 'FHIR Bundles',
        whyDraftsSkipped: 'drafts were never submitted',
      })
      console.log(`Wrote the Questionnaire they answer: ${result.questionnaireFile}`)
    },
  )
}
