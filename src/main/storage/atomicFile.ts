import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname } from 'node:path'
import { PRIVATE_FILE_MODE } from './fileModes'

export interface AtomicWriteOptions {
  /** The file's mode, exactly (the umask does not loosen or tighten it). Default 0600. */
  readonly mode?: number
  /**
   * Flush the file and then its folder to the disk before returning, so the new content survives
   * a power cut from then on. Default true: a key, passphrase or connection file the app goes on
   * to rely on must be on the disk first. False only where an older copy after a crash is safe
   * and the wait is not (the audit checkpoint file).
   */
  readonly durable?: boolean
  /** Create only: fail with EEXIST if the file is already there, and leave it as it is. */
  readonly exclusive?: boolean
}

/** A new version of a file, written whole beside it and not yet in its place. */
export interface StagedFile {
  /** Puts it in place in one step: readers see the old file or the new one, never a part. */
  commit(): void
  /** Removes it, leaving the file as it was. */
  discard(): void
}

/**
 * Writes `content` to a temporary file beside `file` (same folder, so the rename stays on one
 * file system), with its mode set from the start and flushed when durable. On any failure the
 * temporary file is removed and the error thrown; `file` is untouched.
 */
export function stageFile(
  file: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): StagedFile {
  const { mode = PRIVATE_FILE_MODE, durable = true, exclusive = false } = options
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const discard = () => rmSync(temporary, { force: true })
  try {
    const handle = openSync(temporary, 'wx', mode)
    try {
      fchmodSync(handle, mode)
      writeFileSync(handle, content)
      if (durable) fsyncSync(handle)
    } finally {
      closeSync(handle)
    }
  } catch (error) {
    discard()
    throw error
  }
  return {
    commit() {
      try {
        // A hard link fails if the name is taken, where a rename would replace the file.
        if (exclusive) linkSync(temporary, file)
        else renameSync(temporary, file)
      } finally {
        discard()
      }
      if (durable) syncFolder(dirname(file))
    },
    discard,
  }
}

/**
 * Replaces (or, exclusive, creates) a small file so that a crash or a full disk leaves either the
 * old file or the whole new one, never a part, and no temporary file behind on a failure.
 */
export function writeFileAtomic(
  file: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  stageFile(file, content, options).commit()
}

/**
 * Flushes a folder's entries (the rename just done). Windows cannot open a folder for this, and
 * NTFS journals the rename itself.
 */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return
  const handle = openSync(folder, 'r')
  try {
    fsyncSync(handle)
  } finally {
    closeSync(handle)
  }
}
