import { close, closeSync, fdatasync, fstatSync, open, statSync } from 'node:fs'
import { promisify } from 'node:util'

const openFile = promisify(open)
const syncFile = promisify(fdatasync)

export interface LogSync {
  /** Everything written to the log before this call is on disk once it resolves. */
  sync(): Promise<void>
  close(): void
}

/**
 * Syncs SQLite's write-ahead log file (`<database>-wal`) off the event loop: open once, then
 * fdatasync on libuv's thread pool. A sync flushes the file, whichever descriptor wrote it, so
 * this descriptor of our own covers SQLite's writes. The log is reopened when its name points
 * at another file (a restore swapped the database in, or SQLite removed the log at a close);
 * no log at all means nothing is waiting in one.
 */
export function createLogSync(file: string): LogSync {
  let handle: number | null = null
  let inFlight = 0
  let closing = false

  async function current(): Promise<number | null> {
    const onDisk = statSync(file, { throwIfNoEntry: false })
    if (handle !== null && (!onDisk || fstatSync(handle).ino !== onDisk.ino)) {
      closeSync(handle)
      handle = null
    }
    if (!onDisk) return null
    // Read-write, though nothing is written: Windows syncs only a handle that may write.
    handle ??= await openFile(file, 'r+')
    return handle
  }

  function closeIfIdle(): void {
    if (!closing || inFlight > 0 || handle === null) return
    close(handle, () => {})
    handle = null
  }

  return {
    async sync() {
      inFlight += 1
      try {
        const fd = await current()
        if (fd !== null) await syncFile(fd)
      } finally {
        inFlight -= 1
        closeIfIdle()
      }
    },
    close() {
      closing = true
      closeIfIdle()
    },
  }
}
