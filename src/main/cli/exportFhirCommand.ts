import { withConsoleDoor } from './consoleDoor'
import { ExportError } from './exportPdf'
import type { ExportSelection } from './exportPdf'
import type { ExportPdfFlags } from './exportPdfCommand'
import { exportSelection } from './exportPdfCommand'
import { exportFhirBundles } from './exportFhir'

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
  const terminal = process.stderr.isTTY === true
  let lastReported = 0
  try {
    const result = await withConsoleDoor(dataDir, { mayCreate: false }, (_api, door) =>
      exportFhirBundles(door, outDir, selection, (done, total) => {
        if (total < 2) return
        if (terminal) process.stderr.write(`\rExported ${done}/${total}`)
        else if (done === total || done - lastReported >= Math.max(1, Math.ceil(total / 10))) {
          process.stderr.write(`Exported ${done}/${total}\n`)
          lastReported = done
        }
      }),
    )
    if (terminal && result.exported > 1) process.stderr.write('\n')
    const drafts =
      result.skippedDrafts > 0
        ? ` (${result.skippedDrafts} draft${result.skippedDrafts === 1 ? '' : 's'} skipped: drafts were never submitted)`
        : ''
    if (result.exported === 0) console.log(`No submitted intakes to export${drafts}.`)
    else if (result.exported === 1) console.log(`Wrote ${result.files[0]}${drafts}`)
    else console.log(`Wrote ${result.exported} FHIR Bundles to ${outDir}${drafts}`)
    console.log(`Wrote the Questionnaire they answer: ${result.questionnaireFile}`)
    return 0
  } catch (error) {
    if (terminal) process.stderr.write('\n')
    if (error instanceof ExportError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
}
