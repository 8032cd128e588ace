import { chmodSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createStream } from 'rotating-file-stream'
import type { Logger } from '../log'
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '../storage/fileModes'
import { formatLogLine } from './logLine'

/** The current file; older ones are clinic-intake.1.log (newest) to clinic-intake.4.log. */
export const LOG_FILE_NAME = 'clinic-intake.log'
/** A few MB each, a handful kept: weeks of a clinic's events, a few dozen MB at most. */
const MAX_FILE_SIZE = '5M'
const KEPT_OLD_FILES = 4

export function logsFolder(dataDir: string): string {
  return join(dataDir, 'logs')
}

export interface FileLogger extends Logger {
  readonly file: string
  /** Writes out what is buffered and closes the file (the app is quitting, a test reads it). */
  close(): Promise<void>
}

export interface FileLoggerOptions {
  readonly dataDir: string
  /** Clock for the entries' times; tests pin it. */
  readonly now?: () => Date
  /** Tests rotate after a few KB instead of a few MB. */
  readonly rotation?: { readonly maxFileSize: `${number}K` | `${number}M`; readonly keep: number }
}

/**
 * Writes log entries to `<dataDir>/logs/clinic-intake.log`, rotated by size with a handful of
 * older files kept (rotating-file-stream). The folder is 0700 and the files 0600: entries hold
 * no patient data, but ids and times are still the clinic's business.
 */
export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const folder = logsFolder(options.dataDir)
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  chmodSync(folder, PRIVATE_FOLDER_MODE)
  const now = options.now ?? (() => new Date())
  const stream = createStream(
    // With `rotate`, the generator gets the old file's number (1 is the newest), else nothing.
    (index) =>
      typeof index === 'number' && index > 0 ? `clinic-intake.${index}.log` : LOG_FILE_NAME,
    {
      path: folder,
      size: options.rotation?.maxFileSize ?? MAX_FILE_SIZE,
      rotate: options.rotation?.keep ?? KEPT_OLD_FILES,
      mode: PRIVATE_FILE_MODE,
    },
  )
  const file = join(folder, LOG_FILE_NAME)
  let failed = false
  // A full disk or a removed folder must not end the app: logging is given up, quietly, and
  // said once on the console.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (failed) return
    failed = true
    console.error(`The log file could not be written (${error.code ?? error.name}).`)
  })
  stream.once('open', () => {
    try {
      chmodSync(file, PRIVATE_FILE_MODE)
    } catch {
      // The stream's own error handler reports a file that cannot be used.
    }
  })
  const write = (line: string) => {
    if (!failed && stream.writable) stream.write(line)
  }
  return {
    file,
    info(event, details) {
      write(formatLogLine(now(), 'info', event, details))
    },
    error(event, error, details) {
      write(formatLogLine(now(), 'error', event, details, error))
    },
    close() {
      return new Promise((resolve) => {
        if (stream.writableFinished || stream.destroyed) {
          resolve()
          return
        }
        stream.once('finish', () => resolve())
        stream.once('error', () => resolve())
        stream.end()
      })
    },
  }
}
