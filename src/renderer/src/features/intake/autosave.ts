// Debounced saving of a draft: every change is saved within a second, one save at a time, and a
// change made while a save is on its way is saved right after it. A conflict (the draft changed
// elsewhere) stops saving, because writing over someone else's newer copy would lose their work;
// any other failure (the server unreachable, a full disk) is retried until it succeeds, waiting
// longer each time (1, 2, 4, 8, then every 15 seconds, with jitter), and what was typed stays in
// memory meanwhile.
import { ref } from 'vue'
import type { Ref } from 'vue'
import { retryDelayMs } from '../../api/retryDelay'

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict'
export type SaveOutcome = 'ok' | 'conflict' | 'error'

export interface Autosave {
  readonly status: Readonly<Ref<SaveStatus>>
  /** Something changed: save it soon. */
  changed(): void
  /** Save now if anything is unsaved; resolves when the draft on disk is current (or failed). */
  flush(): Promise<void>
  /** True while a change is not yet safely stored. */
  hasUnsavedChanges(): boolean
  /** Start afresh for a newly loaded draft: nothing unsaved, any conflict cleared. */
  reset(): void
  /**
   * A failed save waiting for its next try goes now, and the waits start short again: the
   * reason it failed has just gone (someone signed in, the server answers again).
   */
  retryNow(): void
}

export interface AutosaveOptions {
  /** Quiet time after the last change before saving; well under a second. */
  readonly delayMs?: number
  /** A fixed wait before retrying a failed save, instead of the growing one. */
  readonly retryMs?: number
  /** The wait before retry `attempt + 1` (from 0); by default 1, 2, 4, 8, 15 s with jitter. */
  readonly retryDelay?: (attempt: number) => number
}

export function createAutosave(
  save: () => Promise<SaveOutcome>,
  { delayMs = 400, retryMs, retryDelay = retryDelayMs }: AutosaveOptions = {},
): Autosave {
  const status = ref<SaveStatus>('saved')
  let dirty = false
  /** Failed saves in a row: the next retry waits longer. */
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: Promise<void> | null = null

  function schedule(ms: number): void {
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), ms)
  }

  async function run(): Promise<void> {
    dirty = false
    status.value = 'saving'
    const outcome = await save().catch((): SaveOutcome => 'error')
    if (outcome === 'conflict') {
      status.value = 'conflict'
      return
    }
    if (outcome === 'error') {
      dirty = true
      status.value = 'error'
      schedule(retryMs ?? retryDelay(failures))
      failures += 1
      return
    }
    failures = 0
    status.value = dirty ? 'pending' : 'saved'
  }

  async function flush(): Promise<void> {
    clearTimeout(timer)
    for (;;) {
      while (inFlight) await inFlight
      if (!dirty || status.value === 'conflict') return
      inFlight = run().finally(() => {
        inFlight = null
      })
      await inFlight
      // A failed save has scheduled its own retry; do not spin here.
      if (status.value === 'error') return
    }
  }

  return {
    status,
    changed() {
      dirty = true
      if (status.value === 'conflict') return
      // After a failure the retry already planned takes this change too: typing while the
      // server is away must not turn every pause into another attempt.
      if (status.value === 'error') return
      if (status.value !== 'saving') status.value = 'pending'
      schedule(delayMs)
    },
    flush,
    hasUnsavedChanges: () => dirty || inFlight !== null,
    reset() {
      clearTimeout(timer)
      dirty = false
      failures = 0
      status.value = 'saved'
    },
    retryNow() {
      // Only a save that failed and is waiting: one on its way, or a conflict, is left alone.
      if (status.value !== 'error' || inFlight) return
      failures = 0
      void flush()
    },
  }
}
