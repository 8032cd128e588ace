/**
 * Reads `--data-dir DIR` or `--data-dir=DIR` from Electron's command line. Unlike the browser
 * shell's strict parser this ignores everything else, because Electron's argv also carries the
 * executable, the app path and Chromium switches (and Playwright adds its own).
 */
export function dataDirFromCommandLine(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg.startsWith('--data-dir=')) return nonEmpty(arg.slice('--data-dir='.length))
    if (arg === '--data-dir') {
      const next = argv[i + 1]
      return next === undefined || next.startsWith('--') ? undefined : nonEmpty(next)
    }
  }
  return undefined
}

function nonEmpty(value: string): string | undefined {
  return value === '' ? undefined : value
}
