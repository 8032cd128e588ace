import { setPriority } from 'node:os'

/** A nice value for batch work: below everyone's calls, above nothing that matters. */
export const BACKGROUND_NICE = 10

/**
 * Lowers the CPU priority of the calling thread, so the PDFs a batch export lays out take only
 * the CPU the event loop (everyone's saves, submits and worklists) does not need. On Linux the
 * priority belongs to each thread; elsewhere it would lower the whole app, so it is left alone
 * there. Not being allowed to is no reason to fail a PDF: it then runs at the usual priority.
 */
export function runThisThreadInBackground(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false
  try {
    setPriority(0, BACKGROUND_NICE)
    return true
  } catch {
    return false
  }
}
