import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'

/**
 * One program at a time owns a data folder: the desktop app, the browser shell, a server, or a
 * command-line action that changes the database (restore above all: a running app would go on
 * confirming saves into the file being set aside). The lock itself is proper-lockfile's: an
 * atomic `mkdir` whose time stamp the holder refreshes, so a holder that crashed stops refreshing
 * it and its lock is taken over after `STALE_AFTER_MS` (at once when its process is gone)
 * instead of blocking the folder for good.
 * Who holds it is written beside it, for the message the next program shows.
 */
export type LockProgram = 'desktop' | 'browser' | 'server' | 'cli'

export interface LockHolder {
  readonly program: LockProgram
  readonly pid: number
  /** ISO instant the holder took the lock. */
  readonly since: string
}

export interface DataDirLock {
  readonly holder: LockHolder
  release(): void
}

const LOCK_NAME = 'data-folder.lock'
const HOLDER_FILE = 'data-folder.lock.json'
/** A crashed holder's lock is free after this; the live holder refreshes it every third of it. */
export const STALE_AFTER_MS = 30_000

/** Another program holds the folder; the message names it and says what to do. */
export class DataFolderInUseError extends Error {
  override readonly name = 'DataFolderInUseError'
  constructor(readonly holder: LockHolder | null) {
    super(`${describeHolder(holder)} is using this data folder; stop it first.`)
  }
}

const PROGRAM_NAMES: Record<LockProgram, string> = {
  desktop: 'The Clinic Intake desktop app',
  browser: 'The browser shell',
  server: 'The Clinic Intake server',
  cli: 'Another command-line action',
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0')
}

/** "The browser shell (process 1234, since 10:02)"; local time, the date too if not today. */
export function describeHolder(holder: LockHolder | null, now: Date = new Date()): string {
  if (!holder) return 'Another Clinic Intake program'
  const since = new Date(holder.since)
  const time = `${twoDigits(since.getHours())}:${twoDigits(since.getMinutes())}`
  const sameDay = since.toDateString() === now.toDateString()
  const day = sameDay
    ? ''
    : `${since.getFullYear()}-${twoDigits(since.getMonth() + 1)}-${twoDigits(since.getDate())} `
  return `${PROGRAM_NAMES[holder.program]} (process ${holder.pid}, since ${day}${time})`
}

function lockOptions(dataDir: string) {
  return {
    // The folder is the thing locked; the lock is a directory inside it.
    realpath: false,
    lockfilePath: join(dataDir, LOCK_NAME),
    stale: STALE_AFTER_MS,
    update: STALE_AFTER_MS / 3,
  }
}

function readHolder(dataDir: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')) as Partial<
      Record<keyof LockHolder, unknown>
    >
    const programs: readonly string[] = Object.keys(PROGRAM_NAMES)
    if (
      typeof parsed.program === 'string' &&
      programs.includes(parsed.program) &&
      typeof parsed.pid === 'number' &&
      typeof parsed.since === 'string'
    ) {
      return { program: parsed.program as LockProgram, pid: parsed.pid, since: parsed.since }
    }
  } catch {
    // Missing or half-written: the lock still holds, only the name is unknown.
  }
  return null
}

/**
 * True when the named holder's process is gone. The data folder is always on this computer
 * (never a network share), so its holder ran here: no such process means it crashed or was
 * killed, and its lock guards nothing. A process we may not signal (EPERM) is alive. (A reused
 * process id only makes a dead holder look alive: the lock then waits for its stale time.)
 */
function holderIsGone(holder: LockHolder | null): holder is LockHolder {
  if (!holder || holder.pid === process.pid) return false
  try {
    process.kill(holder.pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Who holds the folder now, or null when it is free (or its holder crashed). */
export function dataDirHolder(dataDir: string): LockHolder | null | 'unknown' {
  let locked: boolean
  try {
    locked = lockfile.checkSync(dataDir, lockOptions(dataDir))
  } catch {
    return null
  }
  if (!locked) return null
  const holder = readHolder(dataDir)
  if (holderIsGone(holder)) return null
  return holder ?? 'unknown'
}

/** Refuses, naming the holder, when another program holds the folder. */
export function assertDataDirFree(dataDir: string): void {
  const holder = dataDirHolder(dataDir)
  if (holder) throw new DataFolderInUseError(holder === 'unknown' ? null : holder)
}

/**
 * Takes the folder for this process until `release` (or the process ends: proper-lockfile
 * removes its locks on exit). Creates the folder (0700) if needed.
 */
export function acquireDataDirLock(
  dataDir: string,
  program: LockProgram,
  options: { readonly onLost?: (error: Error) => void; readonly now?: () => Date } = {},
): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const take = () =>
    lockfile.lockSync(dataDir, {
      ...lockOptions(dataDir),
      // The default throws from a timer and would end the app; losing the lock (the folder
      // vanished, the machine slept past the stale time) is reported instead.
      onCompromised: (error: Error) => options.onLost?.(error),
    })
  let releaseLock: () => void
  try {
    releaseLock = take()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    const holder = readHolder(dataDir)
    // A holder killed with -9 (a crash, a power cut) leaves its lock behind: a server restarted
    // at once by its service manager must not be refused for the stale time. Taken over once;
    // a second refusal means someone else took it meanwhile.
    if (!holderIsGone(holder)) throw new DataFolderInUseError(holder)
    rmSync(join(dataDir, LOCK_NAME), { recursive: true, force: true })
    try {
      releaseLock = take()
    } catch (retryError) {
      if ((retryError as NodeJS.ErrnoException).code !== 'ELOCKED') throw retryError
      throw new DataFolderInUseError(readHolder(dataDir))
    }
  }
  const holder: LockHolder = {
    program,
    pid: process.pid,
    since: (options.now?.() ?? new Date()).toISOString(),
  }
  writeFileSync(join(dataDir, HOLDER_FILE), `${JSON.stringify(holder)}\n`, { mode: 0o600 })
  let released = false
  return {
    holder,
    release() {
      if (released) return
      released = true
      rmSync(join(dataDir, HOLDER_FILE), { force: true })
      try {
        releaseLock()
      } catch {
        // Already gone (compromised): nothing left to release.
      }
    },
  }
}
