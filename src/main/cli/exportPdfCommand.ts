import { withConsoleDoor } from './consoleDoor'
import { exportPdfs } from './exportPdf'
import { printExportedFiles, runExportWithProgress } from './exportProgress'
import type { ExportOptions, ExportSelection } from './exportPdf'

export interface ExportPdfFlags {
  readonly out?: string | undefined
  readonly intake?: string | undefined
  readonly all?: boolean | undefined
  readonly 'full-answers'?: boolean | undefined
}

export interface ExportPdfRequest {
  readonly outDir: string
  readonly selection: ExportSelection
  readonly options: ExportOptions
}

/** Reads --out, --intake ID | --all and --full-answers; a string is the problem to report. */
export function exportSelection(flags: ExportPdfFlags): ExportPdfRequest | string {
  const options: ExportOptions = { fullAnswers: flags['full-answers'] === true }
  if (!flags.out) return 'Give --out DIR: the folder to write the PDF files into.'
  if (flags.all && flags.intake !== undefined) return 'Give either --intake ID or --all, not both.'
  if (flags.all) return { outDir: flags.out, selection: { kind: 'all' }, options }
  if (flags.intake === undefined)
    return 'Give --intake ID for one summary, or --all for every submitted intake.'
  const id = Number(flags.intake)
  if (!Number.isInteger(id) || id < 1)
    return `--intake must be an intake number (1, 2, 3 ...), not "${flags.intake}"`
  return { outDir: flags.out, selection: { kind: 'one', intakeId: id }, options }
}

/**
 * `export-pdf --data-dir DIR --out DIR (--intake ID | --all) [--full-answers]`. Progress goes
 * to stderr (one updating line on a terminal, a line per tenth otherwise), the result to stdout.
 */
export async function runExportPdf(
  dataDir: string,
  { outDir, selection, options }: ExportPdfRequest,
): Promise<number> {
  return runExportWithProgress(
    (onProgress) =>
      withConsoleDoor(dataDir, { mayCreate: false }, (_api, door) =>
        exportPdfs(door, outDir, selection, onProgress, options),
      ),
    (result) =>
      printExportedFiles(result, outDir, {
        plural: 'summaries',
        whyDraftsSkipped: 'drafts have no summary',
      }),
  )
}
