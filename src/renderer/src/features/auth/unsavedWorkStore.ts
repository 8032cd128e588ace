import { defineStore } from 'pinia'

/**
 * Typed work this window keeps in memory that the server has not stored yet (an intake draft
 * waiting to be saved). The sign-in screen shown after a sign-out nobody asked for promises
 * that it will be saved only when some is kept here. Each source registers a check that reads
 * its own reactive state, so the promise appears and goes as that state changes.
 */
export const useUnsavedWorkStore = defineStore('unsavedWork', () => {
  const checks = new Set<() => boolean>()

  /** Returns the function that stops counting this source. */
  function register(check: () => boolean): () => void {
    checks.add(check)
    return () => checks.delete(check)
  }

  function any(): boolean {
    let kept = false
    // Every check runs, so a computed that calls this follows each source's state.
    for (const check of checks) kept = check() || kept
    return kept
  }

  return { register, any }
})
