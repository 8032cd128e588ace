import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExportError } from '../../../src/main/cli/exportPdf'
import { printExportedFiles, runExportWithProgress } from '../../../src/main/cli/exportProgress'

/** What the run wrote to stderr, with stderr taken as a log file (not a terminal). */
function captureStderr(): string[] {
  const written: string[] = []
  // Under vitest stderr may be a terminal or a pipe; these tests take it as a file.
  Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk))
    return true
  })
  return written
}

const stderrWasTerminal = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY')
afterEach(() => {
  vi.restoreAllMocks()
  if (stderrWasTerminal) Object.defineProperty(process.stderr, 'isTTY', stderrWasTerminal)
  else delete (process.stderr as { isTTY?: boolean }).isTTY
})

describe('the CLI folder exports', () => {
  it('report progress a line per tenth when stderr is a file, then describe the result', async () => {
    const written = captureStderr()
    const describe = vi.fn()
    const result = { exported: 20, skippedDrafts: 0, files: [] }
    const code = await runExportWithProgress(async (onProgress) => {
      for (let done = 1; done <= 20; done++) onProgress(done, 20)
      return result
    }, describe)
    expect(code).toBe(0)
    expect(written).toEqual(
      [2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map((done) => `Exported ${done}/20\n`),
    )
    expect(describe).toHaveBeenCalledWith(result)
  })

  it('print an ExportError as the message to act on and exit 1; other faults are thrown', async () => {
    captureStderr()
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const refused = runExportWithProgress(
      () => Promise.reject(new ExportError('No such intake.')),
      vi.fn(),
    )
    expect(await refused).toBe(1)
    expect(printed).toHaveBeenCalledWith('No such intake.')
    await expect(
      runExportWithProgress(() => Promise.reject(new Error('disk on fire')), vi.fn()),
    ).rejects.toThrow('disk on fire')
  })

  it('say what was written, naming skipped drafts', () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line))
    const wording = { plural: 'summaries', whyDraftsSkipped: 'drafts have no summary' }
    printExportedFiles({ exported: 0, skippedDrafts: 1, files: [] }, 'out', wording)
    printExportedFiles({ exported: 1, skippedDrafts: 0, files: ['out/a.pdf'] }, 'out', wording)
    printExportedFiles({ exported: 3, skippedDrafts: 2, files: [] }, 'out', wording)
    expect(lines).toEqual([
      'No submitted intakes to export (1 draft skipped: drafts have no summary).',
      'Wrote out/a.pdf',
      'Wrote 3 summaries to out (2 drafts skipped: drafts have no summary)',
    ])
  })
})
