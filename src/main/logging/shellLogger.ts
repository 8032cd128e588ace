import type { Logger } from '../log'
import { createFileLogger } from './fileLogger'
import type { FileLogger } from './fileLogger'
import { formatLogLine } from './logLine'

export interface ShellLogger extends Logger {
  /** From now on, entries go to `<dataDir>/logs/` as well (once the data folder is known). */
  writeToDataDir(dataDir: string): void
  /** Writes out and closes the log file, if any (the app is quitting). */
  close(): Promise<void>
}

/**
 * The logger of the desktop app and the servers: every entry on the console, in the same
 * readable lines as the files, and in rotating files in the data folder once it is known
 * (the desktop shell logs before it knows where its data folder is).
 */
export function createShellLogger(
  now: () => Date = () => new Date(),
  options: {
    /** The CLI prints its own results: its routine entries go to the file only. */
    readonly consoleInfo?: boolean
  } = {},
): ShellLogger {
  let file: FileLogger | null = null
  const consoleInfo = options.consoleInfo ?? true
  return {
    info(event, details) {
      if (consoleInfo) process.stdout.write(formatLogLine(now(), 'info', event, details))
      file?.info(event, details)
    },
    error(event, error, details) {
      process.stderr.write(formatLogLine(now(), 'error', event, details, error))
      file?.error(event, error, details)
    },
    writeToDataDir(dataDir) {
      if (file) return
      try {
        file = createFileLogger({ dataDir, now })
      } catch (error) {
        // No log file is no reason to refuse to start; the console still has every entry.
        process.stderr.write(formatLogLine(now(), 'error', 'log.file_unavailable', {}, error))
      }
    },
    async close() {
      await file?.close()
    },
  }
}
