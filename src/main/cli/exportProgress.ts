import { ExportError } from './exportPdf'

type ExportProgressCallback = (done: number, total: number) => void

interface ExportedFiles {
  readonly exported: number
  readonly skippedDrafts: number
  readonly files: readonly string[]
}

/**
 * Runs one of the CLI's folder exports (export-pdf, export-fhir) with its progress on stderr: one
 * updating line on a terminal, a line per tenth otherwise, so a log file stays short. `describe`
 * prints the result to stdout. Resolves to the exit code; an ExportError is a message for the
 * person at the console (exit 1), anything else is a fault and is thrown on.
 */
export async function runExportWithProgress<Result extends ExportedFiles>(
  runExport: (onProgress: ExportProgressCallback) => Promise<Result>,
  describe: (result: Result) => void,
): Promise<number> {
  const terminal = process.stderr.isTTY === true
  let lastReported = 0
  const onProgress: ExportProgressCallback = (done, total) => {
    if (total < 2) return
    if (terminal) process.stderr.write(`\rExported ${done}/${total}`)
    else if (done === total || done - lastReported >= Math.max(1, Math.ceil(total / 10))) {
      process.stderr.write(`Exported ${done}/${total}\n`)
      lastReported = done
    }
  }
  try {
    const result = await runExport(onProgress)
    if (terminal && result.exported > 1) process.stderr.write('\n')
    describe(result)
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

/** Prints what an export wrote: the one file, or how many of `plural` went into `outDir`. */
export function printExportedFiles(
  result: ExportedFiles,
  outDir: string,
  wording: { readonly plural: string; readonly whyDraftsSkipped: string },
): void {
  const { skippedDrafts } = result
  const drafts =
    skippedDrafts > 0
      ? ` (${skippedDrafts} draft${skippedDrafts === 1 ? '' : 's'} skipped: ${wording.whyDraftsSkipped})`
      : ''
  if (result.exported === 0) console.log(`No submitted intakes to export${drafts}.`)
  else if (result.exported === 1) console.log(`Wrote ${result.files[0]}${drafts}`)
  else console.log(`Wrote ${result.exported} ${wording.plural} to ${outDir}${drafts}`)
}
